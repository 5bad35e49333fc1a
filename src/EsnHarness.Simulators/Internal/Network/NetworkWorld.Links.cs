using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

internal sealed partial class NetworkWorld
{
    private void RecomputeAllLocked()
    {
        foreach (var t in _terminals.Values)
        {
            UpdateLocked(t);
        }
    }

    private void UpdateLocked(TerminalAttachment terminal)
    {
        var next = Compute(terminal);
        var previous = terminal.Current;
        if (previous is not null)
        {
            var comparable = previous.Clone();
            comparable.Version = 0;
            comparable.ChangedAt = null;
            if (comparable.Equals(next))
            {
                return;
            }
        }

        next.Version = (previous?.Version ?? 0) + 1;
        next.ChangedAt = Clock.Now(time);
        terminal.Current = next;
        ServiceStatusLocked(previous, next);
        foreach (var w in terminal.Watchers)
        {
            w.Writer.TryWrite(next.Clone());
        }

        foreach (var m in terminal.SharedWatchers)
        {
            m.Write(next.Clone());
        }
    }

    private LinkConditions Compute(TerminalAttachment terminal)
    {
        var at = RequirePlace(terminal.PlaceId, "place_id");
        var gateway = GatewayServing(at.PlaceId);

        // Through a gateway the terminal's radio link is the gateway's backhaul plus the relay hop.
        var place = gateway is null ? at : RequirePlace(gateway.BackhaulPlaceId, "backhaul_place_id");
        var (cellId, siteId, onNeighbour, reselecting) = ServingLocked(terminal, place);
        var link = place.Link.Clone();
        link.LatencyMs += gateway?.RelayLatencyMs ?? 0;
        var conditions = new LinkConditions
        {
            TerminalId = terminal.TerminalId,
            PlaceId = at.PlaceId,
            Coverage = at.Coverage,
            CellId = cellId,
            SiteId = siteId,
            InService = true,
            McBearersAdmitted = true,
            PlaceLocation = at.Location,
            GatewayId = gateway?.GatewayId ?? "",
            OnNeighbour = onNeighbour,
            CellLocation = CellPositions.Of(catalogue, cellId),
        };
        var reasons = new List<string>();
        if (onNeighbour)
        {
            reasons.Add($"site {place.SiteId} out: served by neighbour cell {cellId} (site {siteId})");
        }
        if (place.Coverage == CoverageType.NoCoverage || place.CellId.Length == 0)
        {
            Out(conditions, reasons, $"no ESN coverage at place '{place.PlaceId}'");
        }

        foreach (var (fault, _) in _faults.Values)
        {
            Apply(fault, terminal, conditions, link, reasons);
        }

        if (reselecting.Length > 0)
        {
            reasons.Add(reselecting);
        }

        if (_congestion.TryGetValue(cellId, out var congestion))
        {
            conditions.CellLoad = congestion.McCarried + congestion.PublicCarried;
            conditions.McBearersAdmitted = congestion.McAdmitted;
            if (!congestion.McAdmitted)
            {
                // MC demand beyond the cell's capacity: the share not carried is lost.
                link.LossRatio = Combine(link.LossRatio, 1 - (congestion.McCarried / congestion.McOffered));
                reasons.Add($"cell {cellId} congested by mission-critical traffic ({congestion.McOffered:0.##} x capacity)");
            }
            else if (congestion.PublicPreempted > 0)
            {
                reasons.Add($"cell {cellId} congested: public traffic pre-empted ({congestion.PublicPreempted:0.##} of capacity)");
            }
        }

        conditions.Link = link;
        conditions.Reason = string.Join("; ", reasons);
        return conditions;
    }

    /// <summary>Applies a fault to a terminal served by <c>conditions.CellId</c> / <c>conditions.SiteId</c> (its place's cell or a neighbour).</summary>
    private static void Apply(Fault fault, TerminalAttachment terminal, LinkConditions conditions, LinkProfile link, List<string> reasons)
    {
        var (cellId, siteId) = (conditions.CellId, conditions.SiteId);
        var hits = fault.Target == "*" || fault.Target == terminal.TerminalId || (cellId.Length > 0 && fault.Target == cellId) || (siteId.Length > 0 && fault.Target == siteId);
        switch (fault.Kind)
        {
            case FaultKind.SiteOutage when fault.Target == siteId:
                Out(conditions, reasons, $"site {siteId} outage ({fault.FaultId})");
                break;
            case FaultKind.PartitionSite when fault.Target == siteId:
                Out(conditions, reasons, $"site {siteId} backhaul partitioned ({fault.FaultId})");
                break;
            case FaultKind.PartitionTerminal when fault.Target == terminal.TerminalId:
                Out(conditions, reasons, $"terminal partitioned from the core ({fault.FaultId})");
                break;
            case FaultKind.CoreFailover:
                Out(conditions, reasons, $"core failing over for {fault.DurationMs} ms ({fault.FaultId})");
                break;
            case FaultKind.AddedLatency or FaultKind.PacketLoss when hits:
                link.LatencyMs += fault.Impairment.LatencyMs;
                link.JitterMs += fault.Impairment.JitterMs;
                link.LossRatio = Combine(link.LossRatio, fault.Impairment.LossRatio);
                link.DuplicateRatio = Combine(link.DuplicateRatio, fault.Impairment.DuplicateRatio);
                reasons.Add($"{fault.Kind} on {fault.Target} ({fault.FaultId})");
                break;
        }
    }

    private static void Out(LinkConditions conditions, List<string> reasons, string reason)
    {
        conditions.InService = false;
        conditions.McBearersAdmitted = false;
        reasons.Add(reason);
    }

    private static double Combine(double a, double b) => 1 - ((1 - a) * (1 - b));
}
