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
        var text = message.Kind == SdsPayloadKind.Status
            ? $"Status {message.StatusCode}"
            : message.Kind == SdsPayloadKind.Binary ? $"{message.Payload.Length} bytes for {message.ApplicationId}" : message.Payload.ToStringUtf8();
        var to = message.GroupId.Length > 0 ? message.GroupId : me;
        state.Mutate(m =>
        {
            if (!m.HasMessage(message.MessageId))
            {
                m.Add(new MessageEntry(message.MessageId, time.GetUtcNow(), outgoing: false, message.SenderMcpttId, to, text, message.Kind == SdsPayloadKind.Status));
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

        // Listed before it is sent: the recipients' delivery reports may come back before SendSds returns.
        var entry = new MessageEntry(message.MessageId, time.GetUtcNow(), outgoing: true, me, recipient, text, status: false);
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
