using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>ESN Air: the link depends on the aircraft's altitude, and there is no service above the ceiling.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AirToGroundTests
{
    [Test]
    public void SetAltitude_LowAndHigh_HigherAltitudeHasTheLongerLossierLink()
    {
        var world = NetworkWorlds.New(out _);
        world.Attach("npas", "ESN Air over central London");

        var low = world.SetAltitude("npas", 500);
        var high = world.SetAltitude("npas", 10_000);

        Assert.Multiple(() =>
        {
            Assert.That(low.InService && high.InService, Is.True);
            Assert.That(low.AltitudeFt, Is.EqualTo(500));
            Assert.That(high.AltitudeFt, Is.EqualTo(10_000));
            Assert.That(high.Link.LatencyMs, Is.GreaterThan(low.Link.LatencyMs));
            Assert.That(high.Link.LossRatio, Is.GreaterThan(low.Link.LossRatio));
            Assert.That(high.Version, Is.GreaterThan(low.Version));
        });
    }

    [Test]
    public void SetAltitude_AboveTheCeiling_OutOfServiceNamingTheCeiling()
    {
        var world = NetworkWorlds.New(out _);
        world.Attach("npas", "ESN Air over central London");

        var above = world.SetAltitude("npas", 12_000);

        Assert.Multiple(() =>
        {
            Assert.That(above.InService, Is.False);
            Assert.That(above.Reason, Does.Contain("12000 ft is above ESN Air's ceiling of 10000 ft"));
        });
    }

    [Test]
    public void Attach_AirPlaceWithoutAltitude_ThePlacesOwnAltitude()
    {
        var world = NetworkWorlds.New(out _);

        var link = world.Attach("npas", "npas-air-london");

        Assert.That(link.AltitudeFt, Is.EqualTo(1499.3).Within(1), "457 m");
    }

    [Test]
    public void SetAltitude_OnTheGround_AltitudeKeptButTheGroundLinkUsed()
    {
        var world = NetworkWorlds.New(out _);
        var ground = world.Attach("a", "Westminster");

        var set = world.SetAltitude("a", 5000);

        Assert.Multiple(() =>
        {
            Assert.That(set.Link, Is.EqualTo(ground.Link));
            Assert.That(set.AltitudeFt, Is.Zero, "altitude applies at air-to-ground places only");
        });
    }

    [Test]
    public async Task SetAltitude_OverGrpc_TheDeviceSeesTheLinkChange()
    {
        var s = HostSetup.NewScenario();
        using var npas = await s.DeviceAsync("npas", place: "npas-air-london");

        await s.Network.SetAltitudeAsync(new SetAltitudeRequest { TerminalId = "npas", AltitudeFt = 11_000 }, s.Headers);
        var lost = await npas.WaitForAsync(e => e.Connectivity?.Link.InService == false, "out of service above the ceiling");

        Assert.That(lost.Connectivity.Link.Reason, Does.Contain("ceiling"));
    }
}
