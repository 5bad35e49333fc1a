using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// Offered load per cell and what the cell carries. Faithfully (TS 23.203 §6.1.4): capacity goes to mission-critical
/// traffic by ARP priority level, highest first; public traffic (pre-emptable, lowest) gets what is left, so public load
/// never degrades an MC bearer; MC demand of one level beyond what higher levels leave is queued, and higher levels
/// pre-empt it. Guarded by its world's lock.
/// </summary>
internal sealed class CellLoads(PlaceCatalogue catalogue, DefectSet defects)
{
    private readonly Dictionary<string, CongestionReport> _reports = new(StringComparer.Ordinal);

    public CongestionReport? For(string cellId) => _reports.GetValueOrDefault(cellId);

    public CongestionReport Set(SetCongestionRequest request)
    {
        if (!catalogue.Cells.ContainsKey(request.CellId))
        {
            throw Errors.NotFound($"cell_id '{request.CellId}' is not a known cell; see ListCells");
        }

        var offered = new SortedDictionary<uint, double> { [catalogue.Qos.McArpPriorityLevel] = Load(request.McLoad, "mc_load") };
        foreach (var l in request.McLoads)
        {
            if (l.PriorityLevel is < 1 or > 15)
            {
                throw Errors.Invalid($"mc_loads: priority_level must be 1..15, got {l.PriorityLevel}");
            }

            offered[l.PriorityLevel] = offered.GetValueOrDefault(l.PriorityLevel) + Load(l.Offered, $"mc_loads[{l.PriorityLevel}].offered");
        }

        var report = defects.Has(NetworkDefects.PublicLoadDegradesMc)
            ? Shared(request.CellId, Load(request.PublicLoad, "public_load"), offered)
            : ByPriority(request.CellId, Load(request.PublicLoad, "public_load"), offered);
        _reports[request.CellId] = report;
        return report.Clone();
    }

    /// <summary>What the load of <paramref name="cellId"/> does to MC bearers of ARP <paramref name="level"/>.</summary>
    public Admission AdmissionOf(string cellId, uint level)
    {
        if (!_reports.TryGetValue(cellId, out var report))
        {
            return Admission.Admitted;
        }

        if (defects.Has(NetworkDefects.PublicLoadDegradesMc))
        {
            var total = report.PublicOffered + report.McOffered;
            return total <= 1 ? Admission.Admitted
                : new Admission(BearerState.Queued, 1 - (1 / total), $"cell {cellId} congested: public and mission-critical traffic share it ({total:0.##} x capacity)");
        }

        if (defects.Has(NetworkDefects.McOverloadIgnoresArp))
        {
            // Every MC level is served alike: the terminal shares the fate of all mission-critical traffic.
            return report.McOffered <= 1 ? Admission.Admitted
                : new Admission(BearerState.Queued, 1 - (1 / report.McOffered), $"cell {cellId} congested by mission-critical traffic ({report.McOffered:0.##} x capacity): bearers queued");
        }

        var own = report.McByPriority.FirstOrDefault(l => l.PriorityLevel == level);
        if (own is { Queued: > 1e-9 })
        {
            return new Admission(BearerState.Queued, own.Queued / own.Offered,
                $"cell {cellId} congested by mission-critical traffic ({report.McOffered:0.##} x capacity): ARP {level} bearers queued");
        }

        var above = report.McByPriority.Where(l => l.PriorityLevel < level).Sum(l => l.Carried);
        if (own is null && above >= 1 - 1e-9)
        {
            return new Admission(BearerState.Queued, 1, $"cell {cellId} full with higher-priority mission-critical traffic: ARP {level} bearers queued");
        }

        var lower = report.McByPriority.Where(l => l.PriorityLevel > level).Sum(l => l.Queued);
        return lower > 1e-9
            ? new Admission(BearerState.Admitted, 0, $"ARP {level} admitted ahead of {lower:0.##} x capacity of queued lower-priority mission-critical traffic")
            : Admission.Admitted;
    }

    private static CongestionReport ByPriority(string cellId, double publicLoad, SortedDictionary<uint, double> offered)
    {
        var report = new CongestionReport { CellId = cellId, PublicOffered = publicLoad };
        var remaining = 1.0;
        var carriedAbove = 0.0;
        foreach (var (level, demand) in offered)
        {
            var carried = Math.Min(demand, remaining);
            remaining -= carried;
            var queued = demand - carried;
            report.McByPriority.Add(new PriorityLoad { PriorityLevel = level, Offered = demand, Carried = carried, Queued = queued });
            report.McPreempted += Math.Min(queued, carriedAbove);
            carriedAbove += carried;
        }

        report.McOffered = offered.Values.Sum();
        report.McCarried = report.McByPriority.Sum(l => l.Carried);
        report.PublicCarried = Math.Min(publicLoad, remaining);
        report.PublicPreempted = Math.Max(0, Math.Min(publicLoad, 1) - report.PublicCarried);
        report.McAdmitted = report.McByPriority.All(l => l.Queued <= 1e-9);
        return report;
    }

    /// <summary>The defect: everything shares the cell in proportion to its demand; nothing is pre-empted.</summary>
    private static CongestionReport Shared(string cellId, double publicLoad, SortedDictionary<uint, double> offered)
    {
        var mc = offered.Values.Sum();
        var total = publicLoad + mc;
        var share = total > 1 ? 1 / total : 1;
        var report = new CongestionReport
        {
            CellId = cellId,
            PublicOffered = publicLoad,
            PublicCarried = publicLoad * share,
            McOffered = mc,
            McCarried = mc * share,
            PublicPreempted = 0,
            McAdmitted = total <= 1,
        };
        report.McByPriority.AddRange(offered.Where(kv => kv.Value > 0).Select(kv =>
            new PriorityLoad { PriorityLevel = kv.Key, Offered = kv.Value, Carried = kv.Value * share, Queued = kv.Value * (1 - share) }));
        return report;
    }

    private static double Load(double value, string field) =>
        double.IsNaN(value) || value is < 0 or > 10
            ? throw Errors.Invalid($"{field} must be 0..10 (a fraction of the cell's capacity), got {value}")
            : value;
}
