using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// What comes down from ESN to the bridge's identities and what the TETRA side makes of it. Each identity's floor and
/// call messages go to its own floor seat. The bridge's own identity carries the talkgroup: ESN voice (after the added
/// delay), floor Taken / Idle, group SDS and statuses, and ESN emergency alerts go to every radio; a message addressed
/// to a mapped radio user's identity goes to that radio alone. Talkers and senders are shown by their ISSI when the
/// identity table maps them.
/// </summary>
internal sealed class BridgeEvents
{
    private readonly HashSet<(string Identity, string MessageId)> _seenSds = [];
    private readonly Bridge _bridge;
    private readonly RadioRegistry _radios;
    private readonly BridgeFloor _floor;
    private readonly IwfUplink _uplink;
    private readonly BridgeStatsRecorder _stats;
    private readonly TalkerNames _names;
    private readonly Func<string, FloorSeat?> _seatOf;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly IwfDefects _defects;
    /// <summary>The namespace's defects, for those consulted only where their behaviour happens (so only scenarios that get there reach them).</summary>
    private readonly DefectSet _lazyDefects;
    private readonly RelayDelayLine<(MediaPacket Packet, long Arrived)> _voice;

    public BridgeEvents(Bridge bridge, RadioRegistry radios, BridgeFloor floor, IwfUplink uplink, BridgeStatsRecorder stats, TalkerNames names,
        Func<string, FloorSeat?> seatOf, Worlds.WorldScope scope, IwfDefects defects, CancellationToken stop)
    {
        _bridge = bridge;
        _radios = radios;
        _floor = floor;
        _uplink = uplink;
        _stats = stats;
        _names = names;
        _seatOf = seatOf;
        _time = scope.Time;
        _logger = scope.Logger;
        _defects = defects;
        _lazyDefects = scope.Defects;
        _voice = new RelayDelayLine<(MediaPacket, long)>(scope, $"{bridge.BridgeId}: ESN voice to TETRA", RelayVoice, stop);
    }

    public async Task OnEventAsync(EsnIdentity identity, McxEvent e, CancellationToken ct)
    {
        var own = identity.McpttId == _bridge.IwfMcpttId;
        var seat = _seatOf(identity.McpttId);
        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Call when e.Call.Kind is CallEventKind.Ended or CallEventKind.Rejected:
                seat?.OnCallEnded(e.Call.Call.CallId);
                break;
            case McxEvent.EventOneofCase.Call when _defects.RegroupNotCarried && e.Call.Kind == CallEventKind.Connected && e.Call.Call.GroupId.Length > 0
                && e.Call.Call.GroupId != _bridge.GroupId:
                await LeaveAsync(identity, e.Call.Call, ct);
                break;
            case McxEvent.EventOneofCase.Call:
                seat?.OnCallKnown(e.Call.Call.CallId);
                if (own && _defects.EmergencyDoubled && e.Call.Kind is CallEventKind.Connected or CallEventKind.Upgraded && e.Call.Call.Emergency
                    && _seatOf(e.Call.Call.InitiatorMcpttId) is null)
                {
                    AnnounceEmergencyCallAgain(e.Call.Call);
                }

                break;
            case McxEvent.EventOneofCase.Floor:
                OnFloor(seat, e.Floor, own);
                break;
            case McxEvent.EventOneofCase.Media:
                seat?.OnMedia(e.Media.CallId);
                if (own && _seatOf(e.Media.SenderMcpttId) is null)
                {
                    // Voice from ESN users only: a mapped radio's own talk burst is not sent back to its talkgroup.
                    _voice.Enqueue((e.Media, _time.GetTimestamp()), _uplink.AddedLatency);
                }

                break;
            case McxEvent.EventOneofCase.Sds:
                await OnSdsAsync(identity, own, e.Sds.Message, ct);
                break;
            case McxEvent.EventOneofCase.EmergencyAlert when own && !e.EmergencyAlert.Alert.Origin.StartsWith("tetra:", StringComparison.Ordinal):
                var alert = e.EmergencyAlert.Alert;
                var (talker, name) = _names.Of(alert.McpttId);
                _radios.ToTalkgroup(_bridge.Talkgroup, new RadioEvent
                {
                    Kind = RadioEventKind.Emergency, TalkerId = talker, TalkerName = name, Location = alert.Location,
                    Detail = alert.Cancelled ? $"emergency cancelled by {alert.CancelledBy}" : $"ESN emergency alert from {alert.McpttId} ({alert.FunctionalAlias})",
                    ReceivedAt = Clock.Now(_time),
                }, except: null);
                break;
        }
    }

    /// <summary>The defect: a call set up on a group patched to the bridged one is not the talkgroup's business, so the IWF leaves it.</summary>
    private async Task LeaveAsync(EsnIdentity identity, CallInfo call, CancellationToken ct)
    {
        InterworkingLog.DefectApplied(_logger, _bridge.BridgeId, Defects.InterworkingDefects.RegroupNotCarried.Name, $"{identity.McpttId} left call {call.CallId} on '{call.GroupId}'");
        try
        {
            await _uplink.Mcx.EndCallAsync(new EndCallRequest { McpttId = identity.McpttId, CallId = call.CallId }, _uplink.Headers, cancellationToken: ct);
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            InterworkingLog.NotDelivered(_logger, _bridge.BridgeId, $"leaving call {call.CallId} as {identity.McpttId}", e.StatusCode.ToString());
        }
    }

    /// <summary>The defect: an ESN emergency call reaching the bridge is announced to the talkgroup as an emergency again, after its alert.</summary>
    private void AnnounceEmergencyCallAgain(CallInfo call)
    {
        var (talker, name) = _names.Of(call.InitiatorMcpttId);
        _radios.ToTalkgroup(_bridge.Talkgroup, new RadioEvent
        {
            Kind = RadioEventKind.Emergency, TalkerId = talker, TalkerName = name, Detail = $"ESN emergency call from {call.InitiatorMcpttId}", ReceivedAt = Clock.Now(_time),
        }, except: null);
        InterworkingLog.DefectApplied(_logger, _bridge.BridgeId, Defects.InterworkingDefects.EmergencyDoubled.Name, $"second TETRA emergency for {call.InitiatorMcpttId}'s call {call.CallId}");
    }

    private void OnFloor(FloorSeat? seat, FloorEvent floor, bool own)
    {
        seat?.OnFloor(floor);
        if (seat is not null && floor.Kind == FloorEventKind.QueuePositionInfo)
        {
            _floor.OnQueuePosition(seat, floor.QueuePosition);
        }

        if (!own)
        {
            return;
        }

        if (floor.Kind == FloorEventKind.Taken)
        {
            var (talker, name) = _names.Of(floor.TalkerMcpttId);
            _radios.ToTalkgroup(_bridge.Talkgroup, new RadioEvent
            {
                Kind = RadioEventKind.Transmitting, TalkerId = talker, TalkerName = name, Detail = floor.TalkerFunctionalAlias, ReceivedAt = Clock.Now(_time),
            }, except: null);
        }
        else if (floor.Kind == FloorEventKind.Idle)
        {
            _radios.ToTalkgroup(_bridge.Talkgroup, new RadioEvent { Kind = RadioEventKind.TransmissionCeased, ReceivedAt = Clock.Now(_time) }, except: null);
        }
    }

    private void RelayVoice((MediaPacket Packet, long Arrived) item, DateTimeOffset due)
    {
        var packet = item.Packet;
        _stats.AddedLatency(_time.GetElapsedTime(item.Arrived));
        _stats.Count(s => s.FramesToTetra++);
        var (talker, name) = _names.Of(packet.SenderMcpttId);
        _radios.ToTalkgroup(_bridge.Talkgroup, new RadioEvent
        {
            Kind = RadioEventKind.Voice, TalkerId = talker, TalkerName = name, BurstId = packet.BurstId, Sequence = packet.Sequence,
            SentAt = packet.SentAt, ReceivedAt = Clock.Now(_time),
        }, except: null);
    }

    /// <summary>
    /// Every copy is acknowledged (the MCX retransmits otherwise); the talkgroup gets a group message once, through the
    /// bridge's own identity, and a mapped radio the messages addressed to it. TS 23.283 §10.8: the TETRA SDS-TL delivery
    /// report comes back as the MCData DELIVERED disposition once a radio has the message (a TETRA radio has no read report).
    /// </summary>
    private async Task OnSdsAsync(EsnIdentity identity, bool own, SdsMessage message, CancellationToken ct)
    {
        try
        {
            await _uplink.Mcx.AcknowledgeSdsAsync(new AcknowledgeSdsRequest { McpttId = identity.McpttId, MessageId = message.MessageId }, _uplink.Headers, cancellationToken: ct);
            var toRadio = own ? null : _names.IssiOf(identity.McpttId);
            if ((!own && (message.TargetMcpttId != identity.McpttId || toRadio is null)) || !FirstCopy(identity.McpttId, message.MessageId))
            {
                return;
            }

            _stats.Count(s => s.Sds++);
            var (sender, name) = _names.Of(message.SenderMcpttId);
            var e = message.Kind == SdsPayloadKind.Status
                ? new RadioEvent { Kind = RadioEventKind.Status, TalkerId = sender, TalkerName = name, StatusCode = message.StatusCode, SentAt = message.SentAt, ReceivedAt = Clock.Now(_time) }
                : new RadioEvent { Kind = RadioEventKind.Sds, TalkerId = sender, TalkerName = name, Text = message.Payload.ToStringUtf8(), SentAt = message.SentAt, ReceivedAt = Clock.Now(_time) };
            var reached = 0;
            if (toRadio is null)
            {
                reached = _radios.ToTalkgroup(_bridge.Talkgroup, e, except: null);
            }
            else
            {
                _radios.ToRadio(toRadio, e);
                reached = 1;
            }

            if (reached > 0 && message.DispositionRequest is DispositionRequest.Delivery or DispositionRequest.DeliveryAndRead
                && !_lazyDefects.Has(ReportingDefects.SdsDeliveryReportNotReturned))
            {
                await _uplink.Mcx.SendDispositionAsync(new SendDispositionRequest
                {
                    McpttId = identity.McpttId, MessageId = message.MessageId, Status = DispositionStatus.Delivered,
                }, _uplink.Headers, cancellationToken: ct);
            }
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            // The acknowledgement or report was refused: the MCX retransmits the message or reports it undelivered.
            InterworkingLog.NotDelivered(_logger, _bridge.BridgeId, $"SDS {message.MessageId} acknowledgement or disposition from {identity.McpttId}", e.StatusCode.ToString());
        }
    }

    private bool FirstCopy(string identity, string messageId)
    {
        lock (_seenSds)
        {
            return _seenSds.Add((identity, messageId));
        }
    }
}
