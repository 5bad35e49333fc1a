using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>A terminal's ride along a line: the planned legs, the next one, and the timer that moves it there.</summary>
internal sealed class RideState(Ride plan)
{
    public Ride Plan { get; } = plan;

    /// <summary>Index of the leg the terminal moves to next.</summary>
    public int Next { get; set; } = 1;

    public ITimer? Timer { get; set; }

    public void Stop()
    {
        Timer?.Dispose();
        Timer = null;
    }
}
