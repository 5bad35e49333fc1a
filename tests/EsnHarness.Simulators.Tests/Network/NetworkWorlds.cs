using EsnHarness.Simulators.Internal.Network;
using EsnHarness.Simulators.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>Network worlds on a fake clock over the built-in London places, with or without defects.</summary>
internal static class NetworkWorlds
{
    public static readonly PlaceCatalogue London = PlaceCatalogue.Load(null);

    public static NetworkWorld New(out FakeTimeProvider time, params string[] defects)
    {
        time = new FakeTimeProvider(DateTimeOffset.Parse("2026-08-30T14:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        return new NetworkWorld("t", London, time, TestScopes.Of("t", time, "network", defects));
    }
}
