namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Floor participant of one terminal in one call (TS 24.380 §6.2.4).
/// Thread-safe: every input takes the instance lock; outputs are called under it.
/// </summary>
public sealed class FloorParticipant(FloorTimers timers, TimeProvider time, IParticipantOutput output)
{
    private readonly Lock _gate = new();
    private readonly FloorTimers _timers = timers;
    private readonly TimeProvider _time = time;
    private readonly IParticipantOutput _output = output;

    /// <summary>Current state.</summary>
    public ParticipantState State { get; private set; } = ParticipantState.StartStop;

    /// <summary>Starts the participant in a call.</summary>
    public void Start() => throw new NotImplementedException();

    /// <summary>Stops the participant.</summary>
    public void Stop() => throw new NotImplementedException();

    /// <summary>The user pressed PTT.</summary>
    public void PttPressed(FloorPriority priority) => throw new NotImplementedException();

    /// <summary>The user released PTT.</summary>
    public void PttReleased() => throw new NotImplementedException();

    /// <summary>Floor Granted received.</summary>
    public void OnGranted(TimeSpan durationLimit) => throw new NotImplementedException();

    /// <summary>Floor Deny received.</summary>
    public void OnDeny(FloorCause cause) => throw new NotImplementedException();

    /// <summary>Floor Taken received.</summary>
    public void OnTaken(string talker) => throw new NotImplementedException();

    /// <summary>Floor Idle received.</summary>
    public void OnIdle() => throw new NotImplementedException();

    /// <summary>Floor Revoke received.</summary>
    public void OnRevoke(FloorCause cause) => throw new NotImplementedException();

    /// <summary>Floor Queue Position Info received.</summary>
    public void OnQueuePositionInfo(int position) => throw new NotImplementedException();

    /// <summary>The user accepts a grant for a queued request within T132.</summary>
    public void AcceptQueuedGrant() => throw new NotImplementedException();

    /// <summary>RTP media from the talker received (restarts T103).</summary>
    public void OnMediaReceived() => throw new NotImplementedException();

    /// <summary>The user asks for the queue position (sends Floor Queue Position Request when queued).</summary>
    public void RequestQueuePosition() => throw new NotImplementedException();
}
