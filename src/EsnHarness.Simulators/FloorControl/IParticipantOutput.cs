namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// What the floor participant sends and reports (TS 24.380 §8.2). Called under the participant's lock:
/// implementations must be cheap, never block and never throw (enqueue and return).
/// </summary>
public interface IParticipantOutput
{
    /// <summary>Send Floor Request with <paramref name="priority"/>.</summary>
    void SendFloorRequest(FloorPriority priority);

    /// <summary>Send Floor Release.</summary>
    void SendFloorRelease();

    /// <summary>Send Floor Queue Position Request.</summary>
    void SendQueuePositionRequest();

    /// <summary>The participant moved from <paramref name="from"/> to <paramref name="to"/>; <paramref name="reason"/> says why.</summary>
    void StateChanged(ParticipantState from, ParticipantState to, string reason);
}
