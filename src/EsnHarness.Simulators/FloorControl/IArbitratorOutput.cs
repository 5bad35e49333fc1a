namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Messages the floor arbitrator sends (TS 24.380 §8.2). Called under the arbitrator's lock:
/// implementations must be cheap, never block and never throw (enqueue and return).
/// </summary>
public interface IArbitratorOutput
{
    /// <summary>Floor Granted to <paramref name="participant"/> with the talk time left.</summary>
    void Granted(string participant, TimeSpan durationLimit);

    /// <summary>Floor Taken to <paramref name="participant"/>: <paramref name="talker"/> has the floor.</summary>
    void Taken(string participant, string talker);

    /// <summary>Floor Deny to <paramref name="participant"/> with a reject cause.</summary>
    void Deny(string participant, FloorCause cause);

    /// <summary>Floor Revoke to the talker <paramref name="participant"/> with a reject cause.</summary>
    void Revoke(string participant, FloorCause cause);

    /// <summary>Floor Idle to <paramref name="participant"/>.</summary>
    void Idle(string participant);

    /// <summary>Floor Queue Position Info: <paramref name="position"/> is 1-based.</summary>
    void QueuePositionInfo(string participant, int position);

    /// <summary>T4 inactivity expired: the call layer may release the call.</summary>
    void CallInactive();
}
