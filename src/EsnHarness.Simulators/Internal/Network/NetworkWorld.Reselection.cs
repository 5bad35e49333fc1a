using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network;

internal sealed partial class NetworkWorld
{
    /// <summary>
    /// The cell serving a terminal: its place's own cell while that cell's site is up; when the site is out, the first
    /// neighbour cell (in the place's order) whose site is up, once the terminal has spent the reselection time finding
    /// it. Until then (or with no neighbour up) the place's own cell, which the outage leaves without service.
    /// </summary>
    private (string CellId, string SiteId, bool OnNeighbour, string Reselecting) ServingLocked(TerminalAttachment terminal, Place place)
    {
        if (place.CellId.Length == 0 || !SiteOutLocked(place.SiteId))
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            return (place.CellId, place.SiteId, false, "");
        }

        var neighbour = place.NeighbourCellIds.FirstOrDefault(c => catalogue.Cells.TryGetValue(c, out var cell) && !SiteOutLocked(cell.SiteId));
        if (neighbour is null)
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            return (place.CellId, place.SiteId, false, "");
        }

        var site = catalogue.Cells[neighbour].SiteId;
        var now = time.GetUtcNow();
        if (terminal.CampedNeighbour == neighbour || (terminal.ReselectingTo == neighbour && now >= terminal.ReselectionDue))
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = neighbour;
            return (neighbour, site, true, "");
        }

        if (terminal.ReselectingTo != neighbour)
        {
            terminal.CancelReselection();
            terminal.CampedNeighbour = "";
            var wait = TimeSpan.FromMilliseconds(place.ReselectionMs > 0 ? place.ReselectionMs : catalogue.ReselectionMs);
            terminal.ReselectingTo = neighbour;
            terminal.ReselectionDue = now + wait;
            terminal.ReselectionTimer = time.CreateTimer(_ => ReselectionDone(terminal), null, wait, Timeout.InfiniteTimeSpan);
        }

        return (place.CellId, place.SiteId, false, $"reselecting to neighbour cell {neighbour} (site {site}) by {terminal.ReselectionDue:HH:mm:ss.fff}");
    }

    private void ReselectionDone(TerminalAttachment terminal)
    {
        lock (_gate)
        {
            if (_terminals.TryGetValue(terminal.TerminalId, out var current) && ReferenceEquals(current, terminal) && terminal.ReselectingTo.Length > 0)
            {
                terminal.ReselectionDue = DateTimeOffset.MinValue; // the timer is the authority, whatever the wall clock says
                UpdateLocked(terminal);
            }
        }
    }

    private bool SiteOutLocked(string siteId) =>
        siteId.Length > 0 && _faults.Values.Any(f => f.Fault.Kind == FaultKind.SiteOutage && f.Fault.Target == siteId);
}
