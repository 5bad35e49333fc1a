namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>
/// Where an off-network floor participant sends and reports. Called under the participant's lock: implementations must
/// be cheap, never block and never throw (enqueue and return); the direct-mode medium delivers to those in range.
/// </summary>
public interface IOffNetworkFloorOutput
{
    /// <summary>Broadcast <paramref name="message"/> to the call's participants in range.</summary>
    void Send(OffNetworkFloorMessage message);

    /// <summary>The participant moved from <paramref name="from"/> to <paramref name="to"/>; <paramref name="reason"/> says why.</summary>
    void StateChanged(OffNetworkState from, OffNetworkState to, string reason);

    /// <summary>T206 expired: the talker is warned it must stop soon (T207 runs).</summary>
    void TalkTimeWarning();

    /// <summary>A grant reached this client while queued: the user accepts it with <see cref="OffNetworkFloorParticipant.AcceptQueuedGrant"/>
    /// within T233. Called last in the participant's handling, so accepting from here (a user still holding PTT) is safe.</summary>
    void GrantOffered()
    {
    }
}
