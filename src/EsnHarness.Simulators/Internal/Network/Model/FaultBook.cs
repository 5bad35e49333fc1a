using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>The active faults of one namespace and their expiry timers. Guarded by its world's lock.</summary>
internal sealed class FaultBook(PlaceCatalogue catalogue, TimeProvider time, Action<string> expired)
{
    private readonly Dictionary<string, (Fault Fault, ITimer? Expiry)> _faults = new(StringComparer.Ordinal);
    private long _counter;

    public IEnumerable<Fault> Active => _faults.Values.Select(f => f.Fault);

    /// <summary>Validates and starts a fault; one with a duration clears itself through <c>expired</c>.</summary>
    public Fault Inject(Fault? request, Func<string, bool> attached)
    {
        if (request is null || request.Kind == FaultKind.Unspecified)
        {
            throw Errors.Invalid(Errors.Required("fault.kind"));
        }

        var fault = request.Clone();
        Validate(fault, attached);
        fault.FaultId = $"fault-{++_counter}";
        fault.StartedAt = Clock.Now(time);
        ITimer? expiry = null;
        if (fault.DurationMs > 0)
        {
            var id = fault.FaultId;
            expiry = time.CreateTimer(_ => expired(id), null, TimeSpan.FromMilliseconds(fault.DurationMs), Timeout.InfiniteTimeSpan);
        }

        _faults[fault.FaultId] = (fault, expiry);
        return fault.Clone();
    }

    public bool TryClear(string faultId, out Fault fault)
    {
        if (!_faults.Remove(faultId, out var entry))
        {
            fault = null!;
            return false;
        }

        entry.Expiry?.Dispose();
        fault = entry.Fault;
        return true;
    }

    public IReadOnlyList<Fault> List() =>
        _faults.Values.Select(f => f.Fault.Clone()).OrderBy(f => f.FaultId, StringComparer.Ordinal).ToList();

    /// <summary>The SITE_OUTAGE fault on <paramref name="siteId"/>, if any.</summary>
    public Fault? OutageOf(string siteId) =>
        siteId.Length == 0 ? null : Active.FirstOrDefault(f => f.Kind == FaultKind.SiteOutage && f.Target == siteId);

    public void Clear()
    {
        foreach (var (_, expiry) in _faults.Values)
        {
            expiry?.Dispose();
        }

        _faults.Clear();
    }

    private void Validate(Fault fault, Func<string, bool> attached)
    {
        var target = fault.Target;
        switch (fault.Kind)
        {
            case FaultKind.SiteOutage or FaultKind.PartitionSite when !catalogue.Sites.ContainsKey(target):
                throw Errors.NotFound($"fault.target '{target}' is not a known site for {fault.Kind}; see ListCells");
            case FaultKind.PartitionTerminal when !attached(target):
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
