using System.Text;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Internal.State;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>Status and SDS messages: received ones are listed once (the MCX retransmits until acknowledged), acknowledged,
/// and reported delivered when the sender asked; sent ones are listed with what their recipients report.</summary>
internal sealed class MessageHandler(McxClients clients, ConsoleState state, UserDirectory directory, string me, TimeProvider time)
{
    public async Task ReceivedAsync(SdsDelivery delivery, CancellationToken ct)
    {
        var message = delivery.Message;
        var handover = message.Kind == SdsPayloadKind.Binary && message.ApplicationId == Handover.ApplicationId ? Handover.Parse(message.Payload.ToStringUtf8()) : null;
        var text = message.Kind == SdsPayloadKind.Status
            ? $"Status {message.StatusCode}"
            : handover is not null ? $"Handover of incident {handover.Incident} from {handover.FromRoom}"
            : message.Kind == SdsPayloadKind.Binary ? $"{message.Payload.Length} bytes for {message.ApplicationId}" : message.Payload.ToStringUtf8();
        var to = message.GroupId.Length > 0 ? message.GroupId : me;
        state.Mutate(m =>
        {
            if (!m.HasMessage(message.MessageId))
            {
                m.Add(new MessageEntry(message.MessageId, time.GetUtcNow(), outgoing: false, message.SenderMcpttId, to, text, message.Kind == SdsPayloadKind.Status)
                {
                    Handover = handover,
                    ReadReportWanted = message.DispositionRequest is DispositionRequest.Read or DispositionRequest.DeliveryAndRead,
                });
            }
        });
        await clients.Mcx.AcknowledgeSdsAsync(new AcknowledgeSdsRequest { McpttId = me, MessageId = message.MessageId }, clients.Options(ct));
        if (message.DispositionRequest is DispositionRequest.Delivery or DispositionRequest.DeliveryAndRead && delivery.Attempt == 1)
        {
            var delivered = new SendDispositionRequest { McpttId = me, MessageId = message.MessageId, Status = DispositionStatus.Delivered };
            await clients.Mcx.SendDispositionAsync(delivered, clients.Options(ct));
        }
    }

    public void Disposition(DispositionNotification notification)
    {
        string[] reports = notification.Status switch
        {
            DispositionStatus.Delivered => ["delivered"],
            DispositionStatus.Read => ["read"],
            DispositionStatus.DeliveredAndRead => ["delivered", "read"],
            _ => ["undelivered"],
        };
        state.Mutate(m =>
        {
            if (m.Messages.FirstOrDefault(x => x.Id == notification.MessageId && x.Outgoing) is { } sent)
            {
                // Reading implies delivery: a recipient reporting both at once is listed as both, each once.
                foreach (var status in reports.Where(s => !sent.Dispositions.Contains((notification.RecipientMcpttId, s))))
                {
                    sent.Dispositions.Add((notification.RecipientMcpttId, status));
                }
            }
        });
    }

    /// <summary>The dispatcher read a received message: marked read, and the sender told (READ disposition) when it asked.</summary>
    /// <exception cref="ArgumentException">No such received message on this console.</exception>
    public async Task ReadAsync(string messageId, CancellationToken ct)
    {
        var wanted = state.Read(m => m.Messages.FirstOrDefault(x => x.Id == messageId && !x.Outgoing) is { } entry
            ? entry.ReadReportWanted && !entry.Read
            : throw new ArgumentException($"no received message '{messageId}' on this console"));
        if (wanted)
        {
            await clients.Mcx.SendDispositionAsync(new SendDispositionRequest { McpttId = me, MessageId = messageId, Status = DispositionStatus.Read }, clients.Options(ct));
        }

        state.Mutate(m => m.Messages.First(x => x.Id == messageId).Read = true);
    }

    /// <summary>Sends an incident handover to a user (display name or MCPTT ID) as its structured SDS, asking for delivery and reading.</summary>
    public async Task SendHandoverAsync(string to, Handover handover, CancellationToken ct)
    {
        var recipient = await directory.IdOfAsync(to);
        var message = new SdsMessage
        {
            MessageId = Guid.NewGuid().ToString(),
            SenderMcpttId = me,
            TargetMcpttId = recipient,
            Kind = SdsPayloadKind.Binary,
            ApplicationId = Handover.ApplicationId,
            Payload = ByteString.CopyFrom(Encoding.UTF8.GetBytes(handover.Payload())),
            DispositionRequest = DispositionRequest.DeliveryAndRead,
            SentAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        await SendListedAsync(message, new MessageEntry(message.MessageId, time.GetUtcNow(), outgoing: true, me, recipient, $"Handover of incident {handover.Incident}", status: false) { Handover = handover }, ct);
    }

    /// <summary>Sends a text SDS to a monitored group, or to a user named by display name or MCPTT ID, asking for delivery, or for
    /// delivery and reading when <paramref name="read"/>.</summary>
    public async Task SendAsync(string to, string text, bool read, CancellationToken ct)
    {
        var isGroup = state.Read(m => m.Tile(to.Trim()) is not null);
        var recipient = isGroup ? to.Trim() : await directory.IdOfAsync(to);
        var message = new SdsMessage
        {
            MessageId = Guid.NewGuid().ToString(),
            SenderMcpttId = me,
            Kind = SdsPayloadKind.Text,
            Payload = ByteString.CopyFrom(Encoding.UTF8.GetBytes(text)),
            DispositionRequest = read ? DispositionRequest.DeliveryAndRead : DispositionRequest.Delivery,
            SentAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        if (isGroup)
        {
            message.GroupId = recipient;
        }
        else
        {
            message.TargetMcpttId = recipient;
        }

        await SendListedAsync(message, new MessageEntry(message.MessageId, time.GetUtcNow(), outgoing: true, me, recipient, text, status: false), ct);
    }

    private async Task SendListedAsync(SdsMessage message, MessageEntry entry, CancellationToken ct)
    {
        // Listed before it is sent: the recipients' delivery reports may come back before SendSds returns.
        state.Mutate(m => m.Add(entry));
        try
        {
            await clients.Mcx.SendSdsAsync(new SendSdsRequest { Message = message }, clients.Options(ct));
        }
        catch (Grpc.Core.RpcException)
        {
            state.Mutate(m => m.Messages.Remove(entry));
            throw;
        }
    }
}
