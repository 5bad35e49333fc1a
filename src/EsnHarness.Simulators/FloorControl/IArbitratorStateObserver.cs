namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Optional: an <see cref="IArbitratorOutput"/> that also implements this interface is told of every
/// state transition of the <see cref="FloorArbitrator"/>, including the transient ones
/// ('G: Initialising', 'Releasing'). Called under the arbitrator's lock: never block.
/// </summary>
public interface IArbitratorStateObserver
{
    /// <summary>The arbitrator moved from <paramref name="from"/> to <paramref name="to"/>; <paramref name="reason"/> says why.</summary>
    void StateChanged(ArbitratorState from, ArbitratorState to, string reason);
}
