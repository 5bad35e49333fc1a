using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Interworking;

internal sealed partial class IwfBridge
{
    private void OnCall(CallEvent e)
    {
        if (e.Kind is CallEventKind.Ended or CallEventKind.Rejected)
        {
            FloorParticipant? ended = null;
            lock (_floorGate)
            {
                if (_participantCall == e.Call.CallId)
                {
                    ended = _participant;
                    _participant = null;
                    _participantCall = "";
                }

                if (_callId == e.Call.CallId)
                {
                    _callId = "";
                }
            }

            ended?.Stop();
            return;
        }

        OnCallKnown(e.Call.CallId);
    }

    /// <summary>The group's call is up (Connected on the downlink or the set-up answer, whichever first): a pending implicit request is claimed once.</summary>
    private void OnCallKnown(string callId)
    {
        var participant = ParticipantFor(callId);
        bool claim;
        lock (_floorGate)
        {
            claim = _implicitPending;
            _implicitPending = false;
        }

        if (claim)
        {
            participant.ImplicitFloorRequestSent(new FloorPriority(FloorPriorityLevel.Normal, 0));
        }
    }

    private FloorParticipant ParticipantFor(string callId)
    {
        FloorParticipant? old = null;
        FloorParticipant participant;
        lock (_floorGate)
        {
            _callId = callId;
            if (_participant is null || _participantCall != callId)
            {
                old = _participant;
                _participant = new FloorParticipant(world.FloorTimers, Time, new IwfFloorOutput(this, callId));
                _participantCall = callId;
                _participant.Start();
            }

            participant = _participant;
        }

        old?.Stop();
        return participant;
    }

    private FloorParticipant? Participant(string callId)
    {
        lock (_floorGate)
        {
            return _participantCall == callId ? _participant : null;
        }
    }

    private void OnFloor(FloorEvent floor)
    {
        var participant = ParticipantFor(floor.CallId);
        switch (floor.Kind)
        {
            case FloorEventKind.Granted:
                var queued = participant.State == ParticipantState.Queued;
                participant.OnGranted(TimeSpan.FromMilliseconds(floor.DurationLimitMs));
                if (queued)
                {
                    // The radio user still holds PTT while queued, so the queued grant is accepted at once (T132).
                    participant.AcceptQueuedGrant();
                }

                break;
            case FloorEventKind.Deny:
                participant.OnDeny(FloorStates.Of(floor.Cause));
                break;
            case FloorEventKind.Revoke:
                participant.OnRevoke(FloorStates.Of(floor.Cause));
                break;
            case FloorEventKind.QueuePositionInfo:
                participant.OnQueuePositionInfo((int)floor.QueuePosition);
                if (participant.State == ParticipantState.Queued)
                {
                    world.ToRadio(Transmitter, new RadioEvent { Kind = RadioEventKind.Queued, QueuePosition = floor.QueuePosition, ReceivedAt = Clock.Now(Time) });
                }

                break;
            case FloorEventKind.Taken:
                participant.OnTaken(floor.TalkerMcpttId);
                world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent
                {
                    Kind = RadioEventKind.Transmitting, TalkerId = floor.TalkerMcpttId,
                    Detail = floor.TalkerFunctionalAlias, ReceivedAt = Clock.Now(Time),
                }, except: null);
                break;
            case FloorEventKind.Idle:
                participant.OnIdle();
                world.ToTalkgroup(Bridge.Talkgroup, new RadioEvent { Kind = RadioEventKind.TransmissionCeased, ReceivedAt = Clock.Now(Time) }, except: null);
                break;
        }
    }

    private string? Transmitter
    {
        get
        {
            lock (_floorGate)
            {
                return _transmitter;
            }
        }
    }

    /// <summary>
    /// The participant's state changed (called under its lock: only enqueues). Leaving 'U: pending Request' answers the
    /// radio's press; a grant, a deny or a revoke is what the radio observes; leaving 'U: pending Release' ends a release.
    /// </summary>
    internal void OnParticipantState(ParticipantState from, ParticipantState to, string reason)
    {
        string? transmitter;
        TaskCompletionSource<bool>? answer = null;
        TaskCompletionSource? released = null;
        var lost = (to == ParticipantState.HasNoPermission && from is ParticipantState.PendingRequest or ParticipantState.Queued)
            || (to == ParticipantState.PendingRelease && reason.StartsWith("Floor Revoke", StringComparison.Ordinal))
            || to == ParticipantState.Releasing;
        lock (_floorGate)
        {
            transmitter = _transmitter;
            if (to is ParticipantState.HasPermission or ParticipantState.Queued || lost)
            {
                answer = _answer;
                _answer = null;
            }

            if (lost)
            {
                _transmitter = null;
            }

            if (from == ParticipantState.PendingRelease || to == ParticipantState.StartStop)
            {
                released = _released;
                _released = null;
            }
        }

        answer?.TrySetResult(to == ParticipantState.HasPermission);
        released?.TrySetResult();
        if (to == ParticipantState.HasPermission)
        {
            world.ToRadio(transmitter, new RadioEvent { Kind = RadioEventKind.TransmissionGranted, TalkerId = transmitter ?? "", ReceivedAt = Clock.Now(Time) });
        }
        else if (lost)
        {
            world.ToRadio(transmitter, new RadioEvent { Kind = RadioEventKind.TransmissionDenied, Detail = reason, ReceivedAt = Clock.Now(Time) });
        }
    }
}
