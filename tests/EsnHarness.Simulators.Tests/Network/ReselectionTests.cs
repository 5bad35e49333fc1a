using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>Site outage and cell reselection to a neighbour in the network model, on a fake clock.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReselectionTests
{
    private static readonly PlaceCatalogue London = PlaceCatalogue.Load(null);

    [Test]
    public void SiteOutage_PlaceWithNeighbour_OutOfServiceForTheReselectionTimeThenServedByTheNeighbour()
    {
        var time = new FakeTimeProvider();
        var world = new NetworkWorld("t", London, time, TestScopes.Of("t", time));
        world.Attach("a", "surface-street");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" });
        var during = world.GetLinkConditions("a");
        time.Advance(TimeSpan.FromMilliseconds(London.ReselectionMs - 1));
        var justBefore = world.GetLinkConditions("a");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var after = world.GetLinkConditions("a");

        Assert.Multiple(() =>
        {
            Assert.That(London.ReselectionMs, Is.EqualTo(2000), "the places file's default reselection time");
            Assert.That(during.InService, Is.False);
            Assert.That(during.Reason, Does.Contain("SITE-WHITEHALL outage").And.Contain("reselecting to neighbour cell CELL-TRAFALGAR-1"));
            Assert.That(justBefore.InService, Is.False);
            Assert.That(after.InService, Is.True);
            Assert.That(after.OnNeighbour, Is.True);
            Assert.That(after.CellId, Is.EqualTo("CELL-TRAFALGAR-1"));
            Assert.That(after.SiteId, Is.EqualTo("SITE-TRAFALGAR"));
        });
    }

    [Test]
    public void ClearFault_WhileOnNeighbour_BackOnTheOwnCellWithoutLosingService()
    {
        var time = new FakeTimeProvider();
        var world = new NetworkWorld("t", London, time, TestScopes.Of("t", time));
        world.Attach("a", "surface-street");
        var fault = world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" });
        time.Advance(TimeSpan.FromSeconds(2));

        world.ClearFault(fault.FaultId);
        var link = world.GetLinkConditions("a");

        Assert.Multiple(() =>
        {
            Assert.That(link.InService, Is.True);
            Assert.That(link.OnNeighbour, Is.False);
            Assert.That(link.CellId, Is.EqualTo("CELL-WHITEHALL-1"));
        });
    }

    [Test]
    public void SiteOutage_PlaceWithoutNeighbour_StaysOutOfService()
    {
        var time = new FakeTimeProvider();
        var world = new NetworkWorld("t", London, time, TestScopes.Of("t", time));
        world.Attach("a", "bank-station");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-LU-BANK" });
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.That(world.GetLinkConditions("a").InService, Is.False);
    }

    [Test]
    public void SiteOutage_EveryNeighbourSiteAlsoOut_NoServiceUntilOneComesBack()
    {
        var time = new FakeTimeProvider();
        var world = new NetworkWorld("t", London, time, TestScopes.Of("t", time));
        world.Attach("a", "surface-street");
        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" });
        var neighbour = world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-TRAFALGAR" });
        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WESTMINSTER" });
        time.Advance(TimeSpan.FromSeconds(10));
        var bothOut = world.GetLinkConditions("a");

        world.ClearFault(neighbour.FaultId);
        var immediately = world.GetLinkConditions("a");
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Multiple(() =>
        {
            Assert.That(bothOut.InService, Is.False);
            Assert.That(immediately.InService, Is.False, "the terminal still has to find the neighbour");
            Assert.That(world.GetLinkConditions("a").CellId, Is.EqualTo("CELL-TRAFALGAR-1"));
        });
    }

    [Test]
    public async Task WatchStatus_SiteOutageAndReselection_ReportsOutageLossAndRestorationInOrder()
    {
        var time = new FakeTimeProvider();
        var world = new NetworkWorld("t", London, time, TestScopes.Of("t", time));
        world.Attach("a", "surface-street");
        var feed = world.WatchStatus(out var unsubscribe);

        var fault = world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" });
        time.Advance(TimeSpan.FromSeconds(2));
        world.ClearFault(fault.FaultId);
        unsubscribe();
        var seen = new List<NetworkStatusEvent>();
        await foreach (var e in feed.ReadAllAsync())
        {
            seen.Add(e);
        }

        Assert.Multiple(() =>
        {
            Assert.That(seen.Select(e => e.Kind), Is.EqualTo(new[]
            {
                NetworkStatusKind.SiteOutage, NetworkStatusKind.ServiceLost, NetworkStatusKind.ServiceRestored, NetworkStatusKind.SiteRestored,
            }));
            Assert.That(seen[1].TerminalId, Is.EqualTo("a"));
            Assert.That(seen[2].CellId, Is.EqualTo("CELL-TRAFALGAR-1"));
            Assert.That(seen[2].At.ToDateTimeOffset() - seen[1].At.ToDateTimeOffset(), Is.EqualTo(TimeSpan.FromSeconds(2)));
        });
    }

    [Test]
    public void PutPlace_NeighbourOnTheOwnSite_InvalidArgumentNamingTheField()
    {
        var world = new NetworkWorld("t", London, new FakeTimeProvider(), TestScopes.Of("t"));
        var place = new Place { PlaceId = "x", Coverage = Contracts.Common.V1.CoverageType.Surface, CellId = "CELL-TRAFALGAR-1" };
        place.NeighbourCellIds.Add("CELL-TRAFALGAR-2");

        var error = Assert.Throws<RpcException>(() => world.PutPlace(place));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("place.neighbour_cell_ids").And.Contain("SITE-TRAFALGAR"));
        });
    }
}
