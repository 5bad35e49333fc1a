using EsnHarness.Contracts.Network.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>A site outage takes out only the cells of that site: per-place cells keep the rest of London in service.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SiteIsolationTests
{
    [Test]
    public void SiteOutage_WestminsterSite_UserAtStratfordStaysInServiceAndWestminsterReselects()
    {
        var world = NetworkWorlds.New(out var time);
        world.Attach("westminster-user", "Westminster");
        world.Attach("stratford-user", "Stratford");
        var serving = world.GetLinkConditions("westminster-user").SiteId;

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = serving });
        var lost = world.GetLinkConditions("westminster-user");
        var stratford = world.GetLinkConditions("stratford-user");
        time.Advance(TimeSpan.FromMilliseconds(NetworkWorlds.London.ReselectionMs));
        var back = world.GetLinkConditions("westminster-user");

        Assert.Multiple(() =>
        {
            Assert.That(serving, Is.EqualTo("SITE-WESTMINSTER"));
            Assert.That(lost.InService, Is.False);
            Assert.That(stratford.InService, Is.True, stratford.Reason);
            Assert.That(stratford.Version, Is.EqualTo(1), "the Stratford user's link never changed");
            Assert.That(back.InService, Is.True);
            Assert.That(back.OnNeighbour, Is.True);
            Assert.That(back.SiteId, Is.Not.EqualTo("SITE-WESTMINSTER"));
        });
    }

    [Test]
    public void SiteOutage_SectorSite_TakesEveryCellOfThatSiteOnly()
    {
        var world = NetworkWorlds.New(out _);
        world.Attach("square", "Trafalgar Square");
        world.Attach("station", "Charing Cross");
        world.Attach("whitehall", "Whitehall");

        world.InjectFault(new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-TRAFALGAR" });

        Assert.Multiple(() =>
        {
            Assert.That(world.GetLinkConditions("square").InService, Is.False);
            Assert.That(world.GetLinkConditions("station").InService, Is.False, "Charing Cross is sector 2 of the same site");
            Assert.That(world.GetLinkConditions("whitehall").InService, Is.True);
        });
    }

    [Test]
    public void ListCells_BuiltIn_SitesWithTheirCellsAndGridReferences()
    {
        var world = NetworkWorlds.New(out _);

        var trafalgar = world.ListSites().Single(s => s.SiteId == "SITE-TRAFALGAR");
        var cell = world.ListCells().Single(c => c.CellId == "CELL-TRAFALGAR-2");

        Assert.Multiple(() =>
        {
            Assert.That(trafalgar.CellIds, Is.EquivalentTo(new[] { "CELL-TRAFALGAR-1", "CELL-TRAFALGAR-2" }));
            Assert.That(trafalgar.Grid.Reference, Does.StartWith("TQ "));
            Assert.That(cell.Sector, Is.EqualTo(2));
            Assert.That(cell.PlaceIds, Is.EqualTo(new[] { "charing-cross" }));
            Assert.That(cell.NeighbourCellIds, Is.Not.Empty.And.Not.Contains("CELL-TRAFALGAR-1"));
        });
    }
}
