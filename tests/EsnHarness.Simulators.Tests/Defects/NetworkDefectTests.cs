using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Network;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Network defects of the reference model, each against the faithful behaviour, on a fake clock.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class NetworkDefectTests
{
    [TestCase(false, true, TestName = "SiteOutage_Faithful_ReselectsToANeighbour")]
    [TestCase(true, false, TestName = "SiteOutage_NoReselectionDefect_StaysOutOfService")]
    [ShowsDefect("network.no-neighbour-reselection")]
    public void SiteOutage_AfterTheReselectionTime_ServiceOnANeighbour(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out var time, defect ? ["network.no-neighbour-reselection"] : []);
        world.Attach("a", "Westminster");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WESTMINSTER" });
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.That(world.GetLinkConditions("a").InService, Is.EqualTo(inService));
    }

    [TestCase(false, true, TestName = "SiteOutage_Faithful_StratfordUnaffected")]
    [TestCase(true, false, TestName = "SiteOutage_NotIsolatedDefect_StratfordLosesService")]
    [ShowsDefect("network.site-outage-not-isolated")]
    public void SiteOutage_WestminsterSite_StratfordInService(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.site-outage-not-isolated"] : []);
        world.Attach("a", "Stratford");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WESTMINSTER" });

        var link = world.GetLinkConditions("a");
        Assert.That(link.InService, Is.EqualTo(inService), link.Reason);
    }

    [TestCase(false, true, TestName = "HeadEndOutage_Faithful_JubileeTunnelUnaffected")]
    [TestCase(true, false, TestName = "HeadEndOutage_AllLinesDefect_JubileeTunnelLosesService")]
    [ShowsDefect("network.head-end-outage-all-lines")]
    public void HeadEndOutage_NorthernLine_JubileeTunnelInService(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.head-end-outage-all-lines"] : []);
        world.Attach("a", "Jubilee line tunnel, London Bridge to Canary Wharf");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "HE-NORTHERN" });

        Assert.That(world.GetLinkConditions("a").InService, Is.EqualTo(inService));
    }

    [TestCase(false, true, TestName = "HeadEndOutage_Faithful_BankPlatformsKeepService")]
    [TestCase(true, false, TestName = "HeadEndOutage_TakesStationsDefect_BankPlatformsLoseService")]
    [ShowsDefect("network.line-head-end-takes-stations")]
    public void HeadEndOutage_NorthernLine_BankPlatformsInService(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.line-head-end-takes-stations"] : []);
        world.Attach("platform", "Bank station");
        world.Attach("elsewhere", "Canary Wharf station");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "HE-NORTHERN" });

        var platform = world.GetLinkConditions("platform");
        Assert.Multiple(() =>
        {
            Assert.That(platform.InService, Is.EqualTo(inService), platform.Reason);
            Assert.That(world.GetLinkConditions("elsewhere").InService, Is.True, "Canary Wharf is on no line the Northern head-end feeds");
        });
    }

    [TestCase(false, 65u, true, TestName = "PublicLoad_Faithful_Qci65AdmittedPublicPreempted")]
    [TestCase(true, 9u, false, TestName = "PublicLoad_NoQosDefect_Qci9QueuedNothingPreempted")]
    [ShowsDefect("network.public-load-degrades-mc")]
    public void PublicLoad_FullCell_VoiceBearerQciAndAdmission(bool defect, uint qci, bool admitted)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.public-load-degrades-mc"] : []);
        var before = world.Attach("a", "Notting Hill Carnival");

        var report = world.SetCongestion(new SetCongestionRequest { CellId = "CELL-NOTTING-HILL", PublicLoad = 1, McLoad = 0.1 });
        var link = world.GetLinkConditions("a");

        Assert.Multiple(() =>
        {
            Assert.That(link.Bearers.Single(b => b.BearerClass == BearerClass.McVoice).Qci, Is.EqualTo(qci));
            Assert.That(link.McBearersAdmitted, Is.EqualTo(admitted));
            Assert.That(report.PublicPreempted > 0, Is.EqualTo(!defect));
            Assert.That(link.Link.LossRatio > before.Link.LossRatio, Is.EqualTo(defect));
        });
    }

    [TestCase(false, true, TestName = "McOverload_Faithful_EmergencyBearerAdmitted")]
    [TestCase(true, false, TestName = "McOverload_IgnoresArpDefect_EmergencyBearerQueued")]
    [ShowsDefect("network.mc-overload-ignores-arp")]
    public void McOverload_EmergencyArp_Admitted(bool defect, bool admitted)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.mc-overload-ignores-arp"] : []);
        world.Attach("a", "Wembley Stadium");
        world.SetBearerPriority("a", 1);

        world.SetCongestion(new SetCongestionRequest { CellId = "CELL-WEMBLEY-IBS", McLoad = 1.5 });

        Assert.That(world.GetLinkConditions("a").McBearersAdmitted, Is.EqualTo(admitted));
    }

    [TestCase(false, false, TestName = "Altitude_Faithful_AboveTheCeilingNoService")]
    [TestCase(true, true, TestName = "Altitude_IgnoredDefect_AboveTheCeilingStillServed")]
    [ShowsDefect("network.air-altitude-ignored")]
    public void Altitude_AboveTheCeiling_InService(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out _, defect ? ["network.air-altitude-ignored"] : []);
        world.Attach("npas", "ESN Air over central London");
        var low = world.SetAltitude("npas", 500);

        var high = world.SetAltitude("npas", 15_000);

        Assert.Multiple(() =>
        {
            Assert.That(high.InService, Is.EqualTo(inService));
            Assert.That(high.Link.LatencyMs > low.Link.LatencyMs, Is.EqualTo(!defect), "the link depends on altitude");
        });
    }

    [TestCase(false, true, TestName = "Handover_Faithful_InServiceInTheTunnel")]
    [TestCase(true, false, TestName = "Handover_DropsBearersDefect_OutOfServiceInTheTunnel")]
    [ShowsDefect("network.handover-drops-bearers")]
    public void Handover_TrainLeavesAngel_InServiceInTheNextCell(bool defect, bool inService)
    {
        var world = NetworkWorlds.New(out var time, defect ? ["network.handover-drops-bearers"] : []);
        world.Attach("crew", "Angel station");
        world.RideLine(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "Bank", RunMs = 60_000, DwellMs = 1000 });

        time.Advance(TimeSpan.FromSeconds(1));
        var inTunnel = world.GetLinkConditions("crew");
        time.Advance(TimeSpan.FromMilliseconds(NetworkWorlds.London.ReselectionMs));

        Assert.Multiple(() =>
        {
            Assert.That(inTunnel.PlaceId, Is.EqualTo("tunnel-northern-angel-bank"));
            Assert.That(inTunnel.InService, Is.EqualTo(inService), inTunnel.Reason);
            Assert.That(world.GetLinkConditions("crew").InService, Is.True, "re-established after the reselection time");
        });
    }
}
