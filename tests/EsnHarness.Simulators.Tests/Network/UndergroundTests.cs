using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>Underground lines: tunnel cells fed by their own line's head-end, and trains handing over between cells.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class UndergroundTests
{
    [Test]
    public void HeadEndOutage_NorthernLine_OnlyTheNorthernTunnelsLoseService()
    {
        var world = NetworkWorlds.New(out var time);
        world.Attach("northern", "Northern line tunnel, Angel to Bank");
        world.Attach("jubilee", "Jubilee line tunnel, London Bridge to Canary Wharf");
        world.Attach("platform", "Bank station");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "HE-NORTHERN" });
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(world.GetLinkConditions("northern").InService, Is.False);
            Assert.That(world.GetLinkConditions("northern").Reason, Does.Contain("site HE-NORTHERN outage"));
            Assert.That(world.GetLinkConditions("jubilee").InService, Is.True);
            Assert.That(world.GetLinkConditions("platform").InService, Is.True, "Bank's platforms have their own station head-end");
        });
    }

    [Test]
    public void RideLine_AngelToLondonBridge_HandsOverPlaceByPlaceOnTheModelledRunAndDwellTimes()
    {
        var world = NetworkWorlds.New(out var time);
        world.Attach("crew", "Stratford");
        var seen = new List<LinkConditions>();
        var watch = world.Watch("crew", out var unsubscribe);

        var ride = world.RideLine(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "London Bridge", RunMs = 60_000, DwellMs = 20_000 });
        for (var i = 0; i < 4; i++)
        {
            time.Advance(ride.Legs[i + 1].At.ToDateTimeOffset() - ride.Legs[i].At.ToDateTimeOffset());
        }

        unsubscribe();
        while (watch.TryRead(out var c))
        {
            seen.Add(c);
        }

        var moves = seen.Skip(1).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(ride.Legs.Select(l => l.PlaceId), Is.EqualTo(new[]
            {
                "angel-station", "tunnel-northern-angel-bank", "bank-station", "tube-tunnel-northern-line", "london-bridge-station",
            }));
            Assert.That(ride.Legs.Select(l => (l.At.ToDateTimeOffset() - ride.Legs[0].At.ToDateTimeOffset()).TotalSeconds), Is.EqualTo(new[] { 0, 20, 80, 100, 160 }));
            Assert.That(moves.Select(c => c.PlaceId), Is.EqualTo(ride.Legs.Select(l => l.PlaceId)));
            Assert.That(moves.Select(c => c.CellId), Is.EqualTo(ride.Legs.Select(l => l.CellId)));
            Assert.That(moves, Has.All.Property(nameof(LinkConditions.InService)).True, "a handover keeps the terminal in service");
            Assert.That(moves.Skip(1).Select(c => c.HandoverFromCellId), Is.EqualTo(ride.Legs.SkipLast(1).Select(l => l.CellId)));
            Assert.That(moves.Skip(1).Select(c => c.HandoverInterruptionMs), Is.All.EqualTo(40));
            Assert.That(moves.SkipLast(1).Select(c => c.RidingLineId), Is.All.EqualTo("northern"));
            Assert.That(moves[^1].RidingLineId, Is.Empty, "arrived");
        });
    }

    [Test]
    public void RideLine_ThroughAHeadEndOutage_NoServiceInTheTunnelServiceAgainAtTheStation()
    {
        var world = NetworkWorlds.New(out var time);
        world.Attach("crew", "Angel station");
        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "HE-NORTHERN" });

        world.RideLine(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "angel-station", ToPlaceId = "bank-station", RunMs = 1000, DwellMs = 1000 });
        time.Advance(TimeSpan.FromSeconds(1));
        var tunnel = world.GetLinkConditions("crew");
        time.Advance(TimeSpan.FromSeconds(1));
        var bank = world.GetLinkConditions("crew");

        Assert.Multiple(() =>
        {
            Assert.That(tunnel.PlaceId, Is.EqualTo("tunnel-northern-angel-bank"));
            Assert.That(tunnel.InService, Is.False);
            Assert.That(bank.PlaceId, Is.EqualTo("bank-station"));
            Assert.That(bank.InService, Is.True);
        });
    }

    [Test]
    public void Attach_DuringARide_EndsTheRide()
    {
        var world = NetworkWorlds.New(out var time);
        world.Attach("crew", "Angel station");
        world.RideLine(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "Bank" });

        world.Attach("crew", "Stratford");
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(world.GetLinkConditions("crew").PlaceId, Is.EqualTo("stratford"));
            Assert.That(world.GetLinkConditions("crew").RidingLineId, Is.Empty);
        });
    }

    [Test]
    public void RideLine_PlaceNotOnTheLine_InvalidArgumentListingTheLinesPlaces()
    {
        var world = NetworkWorlds.New(out _);
        world.Attach("crew", "Angel station");

        var error = Assert.Throws<RpcException>(() =>
            world.RideLine(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "Canary Wharf" }));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("'Canary Wharf station' is not on the Northern line").And.Contain("'Bank station'"));
        });
    }

    [Test]
    public async Task RideLine_DeviceOnATrain_StaysInServiceThroughEveryHandover()
    {
        var s = HostSetup.NewScenario();
        using var crew = await s.DeviceAsync("crew", place: "Angel station");
        var lines = await s.Network.ListLinesAsync(new ListLinesRequest(), s.Headers);

        await s.Network.RideLineAsync(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "London Bridge", RunMs = 50, DwellMs = 50 }, s.Headers);
        var arrived = await crew.WaitForAsync(e => e.Connectivity?.Link.PlaceId == "london-bridge-station", "arrival at London Bridge");

        Assert.Multiple(() =>
        {
            Assert.That(lines.Lines.Select(l => l.LineId), Is.SupersetOf(new[] { "northern", "jubilee", "piccadilly", "elizabeth" }));
            Assert.That(arrived.Connectivity.Link.InService, Is.True);
            Assert.That(arrived.Connectivity.Link.HandoverFromCellId, Is.EqualTo("CELL-LU-NORTHERN-TUNNEL"));
            Assert.That(crew.Seen.Where(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService), Is.Empty);
        });
    }

    [Test]
    public async Task RideLine_TalkerOnATrain_KeepsTheFloorAcrossTheHandoversAndIsHeard()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var crew = await s.DeviceAsync("crew", "G", place: "Angel station");
        using var control = await s.DeviceAsync("control", "G", place: "Stratford");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "crew" }, s.Headers);
        await crew.WaitForAsync(e => e.FloorState?.To == "HasPermission", "crew talks");

        await s.Network.RideLineAsync(new RideLineRequest { TerminalId = "crew", LineId = "northern", FromPlaceId = "Angel", ToPlaceId = "London Bridge", RunMs = 100, DwellMs = 100 }, s.Headers);
        await crew.WaitForAsync(e => e.Connectivity?.Link.PlaceId == "london-bridge-station", "arrival at London Bridge");
        // Paced over 600 ms: the frames spoken in the first 40 ms after the handover to London Bridge are lost to its
        // user-plane interruption (handover_interruption_ms), the rest are heard.
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "crew", FrameCount = 30, FrameIntervalMs = 20 }, s.Headers);
        var heard = await control.WaitForCountAsync(e => e.Media is not null, 8, "a frame from the train");

        Assert.Multiple(() =>
        {
            Assert.That(heard, Has.Count.EqualTo(8));
            Assert.That(crew.Seen.Where(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService), Is.Empty, "no handover lost service");
            Assert.That(crew.Seen.Where(e => e.FloorState is not null && e.FloorState.From == "HasPermission"), Is.Empty, "the floor was never lost");
        });
    }
}
