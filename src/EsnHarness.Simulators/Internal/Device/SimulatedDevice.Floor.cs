using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    private DeviceCall CallFor(CallInfo info)
    {
        var call = _calls.GetOrAdd(info.CallId, _ =>
        {
            var participant = new FloorParticipant(_world.Settings.FloorTimers, Time, new DeviceFloorOutput(this, info.CallId));
            participant.Start();
            return new DeviceCall(info, participant);
        });
        if (info.State != CallState.Unspecified)
        {
            call.Info = info;
        }

        if (PendingImplicitRequestFor(info) is { } pending)
        {
            ClaimImplicitRequest(call, pending);
        }

        return call;
    }

    private void OnFloor(FloorEvent e, DateTimeOffset? arrival)
    {
        var call = CallFor(new CallInfo { CallId = e.CallId });
        Emit(new DeviceEvent { Floor = e }, arrival);
        var participant = call.Participant;
        switch (e.Kind)
        {
            case FloorEventKind.Granted:
                var queued = participant.State == ParticipantState.Queued;
                participant.OnGranted(TimeSpan.FromMilliseconds(e.DurationLimitMs));
                if (queued)
                {
                    // The user is still holding PTT while queued, so the queued grant is accepted at once (T132).
                    participant.AcceptQueuedGrant();
                }

                break;
            case FloorEventKind.Taken:
                participant.OnTaken(e.TalkerMcpttId);
                break;
            case FloorEventKind.Deny:
                participant.OnDeny(FloorStates.Of(e.Cause));
                break;
            case FloorEventKind.Revoke:
                participant.OnRevoke(FloorStates.Of(e.Cause));
                break;
            case FloorEventKind.Idle:
                participant.OnIdle();
                break;
            case FloorEventKind.QueuePositionInfo:
                participant.OnQueuePositionInfo((int)e.QueuePosition);
                break;
        }
    }

    private void OnCall(CallEvent e, DateTimeOffset? arrival)
    {
        if (e.Kind is CallEventKind.Ended or CallEventKind.Rejected)
        {
            if (_calls.TryRemove(e.Call.CallId, out var ended))
            {
                ended.Participant.Stop();
            }
        }
        else if (e.Kind != CallEventKind.Incoming || e.Call.State == CallState.Active)
        {
            var call = CallFor(e.Call);
            if (e.Kind == CallEventKind.Connected && call.PressWhenConnected)
            {
                call.PressWhenConnected = false;
                call.Participant.PttPressed(PriorityFor(call, Contracts.Common.V1.FloorPriorityLevel.Normal));
            }
        }
        else
        {
            CallFor(e.Call);
        }

        Emit(new DeviceEvent { Call = e }, arrival);
    }

    private void OnMedia(MediaPacket packet, TimeSpan downlinkDelay, DateTimeOffset? arrival)
    {
        if (_calls.TryGetValue(packet.CallId, out var call))
        {
            call.Participant.OnMediaReceived();
        }

        var modelled = packet.UplinkModelledDelayUs + (long)(downlinkDelay.Ticks / 10);
        Emit(new DeviceEvent
        {
            Media = new ReceivedMedia { Packet = packet, ReceivedAt = Timestamp.FromDateTimeOffset(arrival ?? Time.GetUtcNow()), ModelledDelayUs = modelled },
        }, arrival);
    }

    private FloorPriority PriorityFor(DeviceCall call, Contracts.Common.V1.FloorPriorityLevel requested)
    {
        var implied = call.MyEmergency
            ? call.Info.Emergency ? FloorPriorityLevel.Emergency
            : call.Info.ImminentPeril ? FloorPriorityLevel.ImminentPeril
            : FloorPriorityLevel.Normal
            : FloorPriorityLevel.Normal;
        var level = FloorStates.Of(requested);
        return new FloorPriority(level > implied ? level : implied, 0);
    }
}
