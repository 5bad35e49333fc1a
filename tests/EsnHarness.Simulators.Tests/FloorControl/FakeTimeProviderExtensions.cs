using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.FloorControl;

public static class FakeTimeProviderExtensions
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Advances the fake clock in 50 ms steps, so a timer started by another timer's expiry fires at its own
    /// due time within the same call (FakeTimeProvider.Advance moves the clock to the end before firing).
    /// </summary>
    public static void AdvanceInSteps(this FakeTimeProvider time, TimeSpan total)
    {
        var left = total;
        while (left > TimeSpan.Zero)
        {
            var step = left < Step ? left : Step;
            time.Advance(step);
            left -= step;
        }
    }
}
