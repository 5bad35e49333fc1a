using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// MCData SDS at the terminal (TS 24.282): sending exactly once despite modelled loss (retransmitted with the same
/// message ID), receiving in each sender's order with duplicates discarded, and the disposition reports the sender asked
/// for (TS 36.579-7 §6.1.2: DELIVERED on receipt, READ when opened, both together if opened within TDU1).
/// </summary>
internal sealed class DeviceMessaging
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ReceivedEntry> _received = new(StringComparer.Ordinal);
    private readonly List<ReceivedEntry> _inbox = [];
    private readonly string _deviceId;
    private readonly DeviceSettings _settings;
    private readonly DeviceRegistration _registration;
    private readonly RadioLink _radio;
    private readonly DeviceUplink _uplink;
    private readonly DeviceEventLog _events;
    private readonly TimeProvider _time;
    private readonly DefectSwitch _readReportsNeverSent;
    private readonly DefectSwitch _logOnlyRead;

    public DeviceMessaging(string deviceId, DeviceSettings settings, DeviceRegistration registration, RadioLink radio, DeviceUplink uplink,
        DeviceEventLog events, TimeProvider time, DefectSwitch readReportsNeverSent, DefectSwitch logOnlyRead)
    {
        _deviceId = deviceId;
        _settings = settings;
        _registration = registration;
        _radio = radio;
        _uplink = uplink;
        _events = events;
        _time = time;
        _readReportsNeverSent = readReportsNeverSent;
        _logOnlyRead = logOnlyRead;
        Order = new SdsSenderOrder(time, settings.SdsRetransmitInterval * settings.SdsMaxAttempts, Accept);
    }

    /// <summary>Each sender's stream in order.</summary>
    public SdsSenderOrder Order { get; }

    public async Task<SendMessageResult> SendAsync(SdsMessage message, CancellationToken ct)
    {
        message.SenderMcpttId = _registration.McpttId;
        message.MessageId = message.MessageId.Length > 0 ? message.MessageId : Guid.NewGuid().ToString("N");
        message.SentAt = Clock.Now(_time);
        message.Plane = SdsPlane.Unspecified; // the service decides the plane from the profile
        if (message.TargetMcpttId.Length == 0 && message.GroupId.Length == 0)
        {
            message.GroupId = _registration.RequireSelectedGroup();
        }

        var interval = _settings.SdsRetransmitInterval;
        for (var attempt = 1; attempt <= _settings.SdsMaxAttempts; attempt++)
        {
            if (!_radio.InService)
            {
                await _radio.AwaitServiceAsync(interval, ct); // no service (e.g. reselecting after a site outage): queued, retransmitted on return
                continue;
            }

            if (_radio.Lost())
            {
                await _radio.DelayAsync(interval, ct); // the request was lost: retransmit after the interval
                continue;
            }

            await _radio.DelayAsync(_radio.UplinkDelay(), ct);
            var response = await _uplink.CallAsync(mcx => mcx.SendSdsAsync(new Contracts.Mcx.V1.SendSdsRequest { Message = message }, _uplink.Headers, cancellationToken: ct).ResponseAsync);
            if (_radio.Lost())
            {
                await _radio.DelayAsync(interval, ct); // the answer was lost: retransmit; the service de-duplicates by message ID
                continue;
            }

            var result = new SendMessageResult { MessageId = message.MessageId, Transmissions = (uint)attempt, Plane = response.Plane };
            result.Recipients.AddRange(response.Recipients);
            return result;
        }

        _radio.RequireService();
        throw Errors.Unavailable($"device_id '{_deviceId}' got no answer for message '{message.MessageId}' after {_settings.SdsMaxAttempts} transmissions");
    }

    /// <summary>An SDS came down: acknowledged to the service, then handed to the application in its sender's order.</summary>
    public void OnSds(SdsDelivery delivery)
    {
        var message = delivery.Message;
        _uplink.Send("SDS acknowledgement", mcx => mcx.AcknowledgeSdsAsync(
            new AcknowledgeSdsRequest { McpttId = _registration.McpttId, MessageId = message.MessageId }, _uplink.Headers).ResponseAsync, lossy: true);
        foreach (var m in Order.Admit(delivery))
        {
            Accept(m);
        }
    }

    public ReceivedMessage Read(string messageId)
    {
        DispositionStatus? report = null;
        ReceivedMessage copy;
        lock (_gate)
        {
            if (!_received.TryGetValue(messageId, out var entry))
            {
                throw Errors.NotFound($"message_id '{messageId}' was not received by device '{_deviceId}'");
            }

            if (!entry.Message.Read)
            {
                entry.Message.Read = true;
                var readRequested = entry.Message.Message.DispositionRequest is DispositionRequest.Read or DispositionRequest.DeliveryAndRead;
                report = readRequested && _readReportsNeverSent.On ? null : ReadReportLocked(entry);
            }

            copy = entry.Message.Clone();
        }

        if (report is { } status)
        {
            SendDisposition(messageId, status);
        }

        return copy;
    }

    /// <summary>Erases every stored message (a wipe); returns how many there were.</summary>
    public int Erase()
    {
        lock (_gate)
        {
            foreach (var entry in _received.Values)
            {
                entry.Tdu1?.Dispose();
            }

            var count = _inbox.Count;
            _received.Clear();
            _inbox.Clear();
            return count;
        }
    }

    public IReadOnlyList<ReceivedMessage> Messages()
    {
        lock (_gate)
        {
            var onlyRead = _logOnlyRead.On;
            return _inbox.Where(e => !onlyRead || e.Message.Read).Select(e => e.Message.Clone()).ToList();
        }
    }

    /// <summary>What opening the message reports: DELIVERED AND READ while TDU1 runs for a combined request, else READ if asked.</summary>
    private static DispositionStatus? ReadReportLocked(ReceivedEntry entry)
    {
        var request = entry.Message.Message.DispositionRequest;
        if (request == DispositionRequest.DeliveryAndRead && !entry.DeliveredReported)
        {
            entry.Tdu1?.Dispose();
            entry.DeliveredReported = true;
            return DispositionStatus.DeliveredAndRead;
        }

        return request is DispositionRequest.Read or DispositionRequest.DeliveryAndRead ? DispositionStatus.Read : null;
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

            var entry = new ReceivedEntry(new ReceivedMessage { Message = message, ReceivedAt = Clock.Now(_time) });
            _received[message.MessageId] = entry;
            _inbox.Add(entry);
            received = entry.Message.Clone();
            if (message.DispositionRequest == DispositionRequest.DeliveryAndRead)
            {
                entry.Tdu1 = _time.CreateTimer(_ => Tdu1Expired(message.MessageId), null, _settings.DispositionTimer, Timeout.InfiniteTimeSpan);
            }
        }

        _events.Emit(new DeviceEvent { Message = received });
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
        _uplink.Send($"{status} disposition", mcx => mcx.SendDispositionAsync(
            new SendDispositionRequest { McpttId = _registration.McpttId, MessageId = messageId, Status = status }, _uplink.Headers).ResponseAsync, lossy: false);
}
