using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

internal sealed partial class NetworkWorld
{
    private readonly Dictionary<string, (Fault Fault, ITimer? Expiry)> _faults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CongestionReport> _congestion = new(StringComparer.Ordinal);
    private long _faultCounter;

    public Fault InjectFault(Fault? request)
    {
        if (request is null || request.Kind == FaultKind.Unspecified)
        {
            throw Errors.Invalid(Errors.Required("fault.kind"));
        }

        var fault = request.Clone();
        lock (_gate)
        {
            ValidateTargetLocked(fault);
            fault.FaultId = $"fault-{Interlocked.Increment(ref _faultCounter)}";
            fault.StartedAt = Clock.Now(time);
            ITimer? expiry = null;
            if (fault.DurationMs > 0)
            {
                var id = fault.FaultId;
                expiry = time.CreateTimer(_ => ClearFault(id, quiet: true), null, TimeSpan.FromMilliseconds(fault.DurationMs), Timeout.InfiniteTimeSpan);
            }

            _faults[fault.FaultId] = (fault, expiry);
            SiteStatusLocked(fault, restored: false);
            RecomputeAllLocked();
        }

        return fault.Clone();
    }

    public void ClearFault(string faultId, bool quiet = false)
    {
        lock (_gate)
        {
            if (!_faults.Remove(faultId, out var entry))
            {
                if (quiet)
                {
                    return;
                }

                throw Errors.NotFound($"fault_id '{faultId}' is not an active fault in namespace '{ns}'");
            }

            entry.Expiry?.Dispose();
            SiteStatusLocked(entry.Fault, restored: true);
            RecomputeAllLocked();
        }
    }

    public IReadOnlyList<Fault> ListFaults()
    {
        lock (_gate)
        {
            return _faults.Values.Select(f => f.Fault.Clone()).OrderBy(f => f.FaultId, StringComparer.Ordinal).ToList();
        }
    }

    public CongestionReport SetCongestion(SetCongestionRequest request)
    {
        if (request.PublicLoad is < 0 or > 10 || request.McLoad is < 0 or > 10)
        {
            throw Errors.Invalid($"public_load and mc_load must be 0..10 (fractions of capacity), got {request.PublicLoad} and {request.McLoad}");
        }

        if (!catalogue.Cells.ContainsKey(request.CellId))
        {
            throw Errors.NotFound($"cell_id '{request.CellId}' is not a known cell; see ListCells");
        }

        // Mission-critical bearers (QCI 65/69/70, high ARP, pre-emption capable) are admitted first; public
        // (pre-emptable) traffic gets what is left.
        var mcCarried = Math.Min(request.McLoad, 1);
        var publicAlone = Math.Min(request.PublicLoad, 1);
        var publicCarried = Math.Min(request.PublicLoad, 1 - mcCarried);
        var report = new CongestionReport
        {
            CellId = request.CellId,
            PublicOffered = request.PublicLoad,
            PublicCarried = publicCarried,
            McOffered = request.McLoad,
            McCarried = mcCarried,
            PublicPreempted = Math.Max(0, publicAlone - publicCarried),
            McAdmitted = request.McLoad <= 1,
        };
        lock (_gate)
        {
            _congestion[request.CellId] = report;
            RecomputeAllLocked();
        }

        return report.Clone();
    }

    private void ValidateTargetLocked(Fault fault)
    {
        var target = fault.Target;
        switch (fault.Kind)
        {
            case FaultKind.SiteOutage or FaultKind.PartitionSite when !catalogue.Cells.Values.Any(c => c.SiteId == target):
                throw Errors.NotFound($"fault.target '{target}' is not a known site for {fault.Kind}; see ListCells");
            case FaultKind.PartitionTerminal when !_terminals.ContainsKey(target):
                throw Errors.NotFound($"fault.target '{target}' is not an attached terminal");
            case FaultKind.CoreFailover when fault.DurationMs == 0:
                throw Errors.Invalid("fault.duration_ms must be > 0 for CORE_FAILOVER (the time until the standby core serves)");
            case FaultKind.AddedLatency or FaultKind.PacketLoss when fault.Impairment is null:
                throw Errors.Invalid($"fault.impairment is required for {fault.Kind}");
            case FaultKind.AddedLatency or FaultKind.PacketLoss when string.IsNullOrEmpty(target):
                throw Errors.Invalid($"fault.target is required for {fault.Kind}: a terminal, cell or site ID, or \"*\"");
        }

        if (fault.Impairment is { } i && (i.LatencyMs < 0 || i.JitterMs < 0 || i.LossRatio is < 0 or > 1 || i.DuplicateRatio is < 0 or > 1))
        {
            throw Errors.Invalid("fault.impairment: latency_ms and jitter_ms must be >= 0, loss_ratio and duplicate_ratio 0..1");
        }
    }
}
