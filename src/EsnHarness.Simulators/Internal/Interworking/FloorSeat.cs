using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Device;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// One ESN identity's side of the bridge's floor: its TS 24.380 floor participant in the group's call, kept up to date
/// from that identity's downlink. A radio's PTT becomes the participant's PTT; its state changes go to the bridge floor,
/// which tells the radio. A call set up with an implicit floor request is claimed once, from the set-up answer or the
/// Connected event, whichever comes first.
/// </summary>
internal sealed class FloorSeat(string mcpttId, FloorTimers timers, TimeProvider time, Func<FloorSeat, string, IParticipantOutput> outputFor)
{
    private readonly Lock _gate = new();
    private string _callId = "";
    private FloorParticipant? _participant;
    private string _participantCall = "";
    private FloorPriority? _implicit;

    public string McpttId => mcpttId;

    public string CallId
    {
        get
        {
            lock (_gate)
            {
                return _callId;
            }
        }
    }

    /// <summary>The participant's state in the current call ('Start-stop' with none).</summary>
    public ParticipantState State => Participant()?.State ?? ParticipantState.StartStop;

    /// <summary>The next call this identity is connected to carries an implicit floor request at <paramref name="priority"/>.</summary>
    public void ExpectImplicitRequest(FloorPriority priority)
    {
        lock (_gate)
        {
            _implicit = priority;
        }
    }

    public void ForgetImplicitRequest()
    {
        lock (_gate)
        {
            _implicit = null;
        }
    }

    /// <summary>PTT pressed in the current call.</summary>
    public void Press(FloorPriority priority) => ParticipantFor(CallId).PttPressed(priority);

    public void Release() => Participant()?.PttReleased();

    /// <summary>The group's call is up (Connected, or the set-up answer): a pending implicit request is claimed once.</summary>
    public void OnCallKnown(string callId)
    {
        var participant = ParticipantFor(callId);
        FloorPriority? claim;
        lock (_gate)
        {
            claim = _implicit;
            _implicit = null;
        }

        if (claim is { } priority)
        {
            participant.ImplicitFloorRequestSent(priority);
        }
    }

    public void OnCallEnded(string callId)
    {
        FloorParticipant? ended = null;
        lock (_gate)
        {
            if (_participantCall == callId)
            {
                ended = _participant;
                _participant = null;
                _participantCall = "";
            }

            if (_callId == callId)
            {
                _callId = "";
            }
        }

        ended?.Stop();
    }

    /// <summary>A floor message for this identity; the participant answers it (its state changes reach the bridge floor).</summary>
    public void OnFloor(FloorEvent floor)
    {
        ParticipantInbox.Deliver(ParticipantFor(floor.CallId), floor);
    }

    public void OnMedia(string callId)
    {
        lock (_gate)
        {
            if (_participantCall != callId)
            {
                return;
            }
        }

        Participant()?.OnMediaReceived();
    }

    /// <summary>Stops the participant (timers included): the bridge is going away.</summary>
    public void Stop()
    {
        FloorParticipant? participant;
        lock (_gate)
        {
            participant = _participant;
            _participant = null;
            _participantCall = "";
            _callId = "";
        }

        participant?.Stop();
    }

    private FloorParticipant? Participant()
    {
        lock (_gate)
        {
            return _participant;
        }
    }

    private FloorParticipant ParticipantFor(string callId)
    {
        FloorParticipant? old = null;
        FloorParticipant participant;
        lock (_gate)
        {
            if (callId.Length > 0)
            {
                _callId = callId;
            }

            if (_participant is null || _participantCall != callId)
            {
                old = _participant;
                _participant = new FloorParticipant(timers, time, outputFor(this, callId));
                _participantCall = callId;
                _participant.Start();
            }

            participant = _participant;
        }

        old?.Stop();
        return participant;
    }
}
