using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// A terminal's link conditions from everything the model knows: its place (or the gateway relaying it), the cell
/// serving it, the altitude band at an air-to-ground place, active faults, the re-establishment after a dropped
/// handover, and the cell's load on its bearers. Guarded by its world's lock.
/// </summary>
internal sealed class LinkModel(
    PlaceCatalogue catalogue, PlaceBook places, GatewayBook gateways, Reselection reselection, SiteStatus sites,
    FaultBook faults, CellLoads loads, TimeProvider time, DefectSet defects)
{
    private const double MetresPerFoot = 0.3048;

    /// <summary>The bearers of each ARP level and admission, made once and shared read-only by every terminal's link
    /// conditions (what leaves the model is a copy): three bearers per terminal were 0.4 KB each.</summary>
    private readonly ConcurrentDictionary<(uint Level, BearerState State, string Reason), Bearer[]> _bearers = new();

    public LinkConditions Compute(TerminalAttachment terminal)
    {
        var at = places.Require(terminal.PlaceId, "place_id");
        var gateway = gateways.Serving(at.PlaceId);

        // Through a gateway the terminal's radio link is the gateway's backhaul plus the relay hop.
        var place = gateway is null ? at : places.Require(gateway.BackhaulPlaceId, "backhaul_place_id");
        var serving = reselection.Serve(terminal, place);
        var conditions = new LinkConditions
        {
            TerminalId = terminal.TerminalId,
            PlaceId = at.PlaceId,
            Coverage = at.Coverage,
            CellId = serving.CellId,
            SiteId = serving.SiteId,
            InService = true,
            McBearersAdmitted = true,
            PlaceLocation = at.Location,
            GatewayId = gateway?.GatewayId ?? "",
            OnNeighbour = serving.OnNeighbour,
            HandoverFromCellId = terminal.HandoverFrom,
            HandoverInterruptionMs = terminal.HandoverFrom.Length > 0 ? catalogue.Qos.HandoverInterruptionMs : 0,
            ArpPriorityLevel = terminal.ArpPriorityLevel ?? catalogue.Qos.McArpPriorityLevel,
            RidingLineId = terminal.Ride?.Plan.LineId ?? "",
            CellLocation = catalogue.CellCentre(serving.CellId),
        };
        var reasons = new List<string>();
        var link = Air(terminal, place, conditions, reasons);
        link.LatencyMs += gateway?.RelayLatencyMs ?? 0;
        if (serving.OnNeighbour)
        {
            reasons.Add($"site {place.SiteId} out: served by neighbour cell {serving.CellId} (site {serving.SiteId})");
        }

        if (place.Coverage == CoverageType.NoCoverage || place.CellId.Length == 0)
        {
            Out(conditions, reasons, $"no ESN coverage at place '{place.PlaceId}'");
        }

        if (sites.OutageOf(serving.SiteId) is { } outage)
        {
            Out(conditions, reasons, outage.Target == serving.SiteId
                ? $"site {serving.SiteId} outage ({outage.FaultId})"
                : $"site {serving.SiteId} out with site {outage.Target} ({outage.FaultId})");
        }

        foreach (var fault in faults.Active)
        {
            Apply(fault, terminal, conditions, link, reasons);
        }

        if (serving.Reselecting.Length > 0)
        {
            reasons.Add(serving.Reselecting);
        }

        if (time.GetUtcNow() < terminal.ReestablishedAt)
        {
            Out(conditions, reasons, $"connection dropped at the handover from {terminal.HandoverFrom}: re-establishing by {terminal.ReestablishedAt:HH:mm:ss.fff}");
        }

        Load(conditions, link, reasons);
        conditions.Link = link;
        conditions.Reason = string.Join("; ", reasons);
        return conditions;
    }

    /// <summary>The place's link; at an air-to-ground place the band of the terminal's altitude, none above ESN Air's ceiling.</summary>
    private LinkProfile Air(TerminalAttachment terminal, Place place, LinkConditions conditions, List<string> reasons)
    {
        if (place.Coverage != CoverageType.AirToGround)
        {
            return place.Link.Clone();
        }

        var feet = terminal.AltitudeFt ?? Math.Max(0, (place.Location?.AltitudeM ?? 0) / MetresPerFoot);
        conditions.AltitudeFt = Math.Round(feet, 1);
        if (defects.Has(NetworkDefects.AirAltitudeIgnored))
        {
            return place.Link.Clone();
        }

        var air = catalogue.Air.LinkAt(feet, place.Link);
        if (air is null)
        {
            Out(conditions, reasons, $"altitude {feet:0} ft is above ESN Air's ceiling of {catalogue.Air.CeilingFt:0} ft");
            return place.Link.Clone();
        }

        return air;
    }

    private void Load(LinkConditions conditions, LinkProfile link, List<string> reasons)
    {
        if (!conditions.InService)
        {
            conditions.McBearersAdmitted = false;
            return;
        }

        var level = conditions.ArpPriorityLevel;
        var admission = loads.AdmissionOf(conditions.CellId, level);
        conditions.Bearers.AddRange(_bearers.GetOrAdd((level, admission.State, admission.Reason),
            static (key, qos) => [.. Bearers.Of(key.Level, new Admission(key.State, 0, key.Reason), withoutQos: false, qos)], catalogue.Qos));
        conditions.McBearersAdmitted = admission.State == BearerState.Admitted;
        link.LossRatio = Combine(link.LossRatio, admission.ExtraLoss);
        if (admission.Reason.Length > 0)
        {
            reasons.Add(admission.Reason);
        }

        if (loads.For(conditions.CellId) is { } report)
        {
            conditions.Congestion = report.Clone();
            conditions.CellLoad = report.McCarried + report.PublicCarried;
            if (admission.State == BearerState.Admitted && report.PublicPreempted > 0)
            {
                reasons.Add($"cell {conditions.CellId} congested: public traffic pre-empted ({report.PublicPreempted:0.##} of capacity)");
            }
        }
    }

    /// <summary>Applies a fault to a terminal served by <c>conditions.CellId</c> / <c>conditions.SiteId</c> (its place's cell or a neighbour).</summary>
    private static void Apply(Fault fault, TerminalAttachment terminal, LinkConditions conditions, LinkProfile link, List<string> reasons)
    {
        var (cellId, siteId) = (conditions.CellId, conditions.SiteId);
        var hits = fault.Target == "*" || fault.Target == terminal.TerminalId || (cellId.Length > 0 && fault.Target == cellId) || (siteId.Length > 0 && fault.Target == siteId);
        switch (fault.Kind)
        {
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
