using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    private readonly Dictionary<string, ReceivedEntry> _received = new(StringComparer.Ordinal);
    private readonly List<ReceivedEntry> _inbox = [];

    public async Task<SendMessageResult> SendSdsAsync(SdsMessage message, CancellationToken ct)
    {
        message.SenderMcpttId = McpttId;
        message.MessageId = message.MessageId.Length > 0 ? message.MessageId : Guid.NewGuid().ToString("N");
        message.SentAt = Clock.Now(Time);
        message.Plane = SdsPlane.Unspecified; // the service decides the plane from the profile
        if (message.TargetMcpttId.Length == 0 && message.GroupId.Length == 0)
        {
            message.GroupId = RequireSelectedGroup();
        }

        var interval = _world.Settings.SdsRetransmitInterval;
        for (var attempt = 1; attempt <= _world.Settings.SdsMaxAttempts; attempt++)
        {
            if (!_link.InService)
            {
                await AwaitServiceAsync(interval, ct); // no service (e.g. reselecting after a site outage): queued, retransmitted on return
                continue;
            }

            if (Lost())
            {
                await DelayAsync(interval, ct); // the request was lost: retransmit after the interval
                continue;
            }

            await DelayAsync(UplinkDelay(), ct);
            var response = await _mcx.SendSdsAsync(new Contracts.Mcx.V1.SendSdsRequest { Message = message }, Headers, cancellationToken: ct);
            if (Lost())
            {
                await DelayAsync(interval, ct); // the answer was lost: retransmit; the service de-duplicates by message ID
                continue;
            }

            var result = new SendMessageResult { MessageId = message.MessageId, Transmissions = (uint)attempt, Plane = response.Plane };
            result.Recipients.AddRange(response.Recipients);
            return result;
        }

        RequireService();
        throw Errors.Unavailable($"device_id '{DeviceId}' got no answer for message '{message.MessageId}' after {_world.Settings.SdsMaxAttempts} transmissions");
    }

    public ReceivedMessage ReadMessage(string messageId)
    {
        DispositionStatus? report = null;
        ReceivedMessage copy;
        lock (_gate)
        {
            if (!_received.TryGetValue(messageId, out var entry))
            {
                throw Errors.NotFound($"message_id '{messageId}' was not received by device '{DeviceId}'");
            }

            if (!entry.Message.Read)
            {
                entry.Message.Read = true;
                var request = entry.Message.Message.DispositionRequest;
                if (request == DispositionRequest.DeliveryAndRead && !entry.DeliveredReported)
                {
                    entry.Tdu1?.Dispose();
                    entry.DeliveredReported = true;
                    report = DispositionStatus.DeliveredAndRead;
                }
                else if (request is DispositionRequest.Read or DispositionRequest.DeliveryAndRead)
                {
                    report = DispositionStatus.Read;
                }
            }

            copy = entry.Message.Clone();
        }

        if (report is { } status)
        {
            SendDisposition(messageId, status);
        }

        return copy;
    }

    public IReadOnlyList<ReceivedMessage> Messages()
    {
        lock (_gate)
        {
            return _inbox.Select(e => e.Message.Clone()).ToList();
        }
    }

    private void OnSds(SdsDelivery delivery)
    {
        var message = delivery.Message;
        Fire(mcx => mcx.AcknowledgeSdsAsync(new AcknowledgeSdsRequest { McpttId = McpttId, MessageId = message.MessageId }, Headers).ResponseAsync, lossy: true);
        foreach (var m in InSenderOrder(delivery))
        {
            Accept(m);
        }
    }

    /// <summary>Hands a message to the application once (later copies are counted as discarded duplicates) and answers its disposition request.</summary>
    private void Accept(SdsMessage message)
    {
        ReceivedMessage received;
        lock (_gate)
        {
            if (_received.TryGetValue(message.MessageId, out var known))
            {
                known.Message.DuplicatesDiscarded++;
                return;
            }

            var entry = new ReceivedEntry(new ReceivedMessage { Message = message, ReceivedAt = Clock.Now(Time) });
            _received[message.MessageId] = entry;
            _inbox.Add(entry);
            received = entry.Message.Clone();
            if (message.DispositionRequest == DispositionRequest.DeliveryAndRead)
            {
                entry.Tdu1 = Time.CreateTimer(_ => Tdu1Expired(message.MessageId), null, _world.Settings.DispositionTimer, Timeout.InfiniteTimeSpan);
            }
        }

        Emit(new DeviceEvent { Message = received });
        if (message.DispositionRequest == DispositionRequest.Delivery)
        {
            SendDisposition(message.MessageId, DispositionStatus.Delivered);
        }
    }

    private void Tdu1Expired(string messageId)
    {
        lock (_gate)
        {
            if (!_received.TryGetValue(messageId, out var entry) || entry.DeliveredReported)
            {
                return;
            }

            entry.DeliveredReported = true;
        }

        SendDisposition(messageId, DispositionStatus.Delivered);
    }

    private void SendDisposition(string messageId, DispositionStatus status) =>
        Fire(mcx => mcx.SendDispositionAsync(new SendDispositionRequest { McpttId = McpttId, MessageId = messageId, Status = status }, Headers).ResponseAsync, lossy: false);

    public static SdsMessage ToMessage(Contracts.Device.V1.SendSdsRequest request) => new()
    {
        MessageId = request.MessageId,
        ConversationId = request.ConversationId,
        ReplyToId = request.ReplyToId,
        TargetMcpttId = request.TargetMcpttId,
        GroupId = request.GroupId,
        Kind = request.Text.Length > 0 || request.Binary.IsEmpty ? SdsPayloadKind.Text : SdsPayloadKind.Binary,
        Payload = request.Text.Length > 0 || request.Binary.IsEmpty ? ByteString.CopyFromUtf8(request.Text) : request.Binary,
        ApplicationId = request.ApplicationId,
        DispositionRequest = request.DispositionRequest,
        Emergency = request.Emergency,
    };
}
