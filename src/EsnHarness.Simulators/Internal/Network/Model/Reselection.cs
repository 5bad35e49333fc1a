using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// Cell reselection after a site outage (TS 36.304 §5.2.4): a terminal whose place's site is out camps on the first of
/// the place's neighbour cells whose site is up, once it has spent the reselection time finding it; until then (or with
/// no neighbour up) its own cell, which the outage leaves without service. Guarded by its world's lock.
/// </summary>
internal sealed class Reselection(PlaceCatalogue catalogue, SiteStatus sites, TimeProvider time, DefectSet defects, Action<TerminalAttachment> done)
{
    public Serving Serve(TerminalAttachment terminal, Place place)
    {
        var own = new Serving(place.CellId, place.SiteId, false, "");
        if (place.CellId.Length == 0 || !sites.IsOut(place.SiteId) || defects.Has(NetworkDefects.NoNeighbourReselection))
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            return own;
        }

        var neighbour = place.NeighbourCellIds.FirstOrDefault(c => catalogue.Cells.TryGetValue(c, out var cell) && !sites.IsOut(cell.SiteId));
        if (neighbour is null)
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            return own;
        }

        var site = catalogue.Cells[neighbour].SiteId;
        var now = time.GetUtcNow();
        if (terminal.CampedNeighbour == neighbour || (terminal.ReselectingTo == neighbour && now >= terminal.ReselectionDue))
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = neighbour;
            return new Serving(neighbour, site, true, "");
        }

        if (terminal.ReselectingTo != neighbour)
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            var wait = TimeSpan.FromMilliseconds(place.ReselectionMs > 0 ? place.ReselectionMs : catalogue.ReselectionMs);
            terminal.ReselectingTo = neighbour;
            terminal.ReselectionDue = now + wait;
            terminal.ReselectionTimer = time.CreateTimer(_ => done(terminal), null, wait, Timeout.InfiniteTimeSpan);
        }

        return own with { Reselecting = $"reselecting to neighbour cell {neighbour} (site {site}) by {terminal.ReselectionDue:HH:mm:ss.fff}" };
    }
}
