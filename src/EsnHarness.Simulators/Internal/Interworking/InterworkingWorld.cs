using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>Bridges, simulated TETRA radios and the identity table of one namespace's interworking function.</summary>
internal sealed class InterworkingWorld(string ns, UpstreamChannels upstream, FloorTimers floorTimers, WorldScope scope) : IWorld
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IwfBridge> _bridges = new(StringComparer.Ordinal);
    private readonly IwfDefects _defects = IwfDefects.Of(scope.Defects);
    private long _counter;

    public WorldScope Scope => scope;

    public RadioRegistry Radios { get; } = new(ns);

    public IdentityTable Identities { get; } = new();

    /// <summary>The status feed control rooms watch (WatchBridges).</summary>
    public BridgeFeed Feed { get; } = new(scope.Time, reportsFailures: !IwfDefects.Of(scope.Defects).FailureNotReported);

    /// <summary>Stops every bridge of the namespace (its MCX identities, downlinks and floor participants).</summary>
    public async ValueTask DisposeAsync()
    {
        List<IwfBridge> bridges;
        lock (_gate)
        {
            bridges = [.. _bridges.Values];
            _bridges.Clear();
        }

        foreach (var bridge in bridges)
        {
            await bridge.StopAsync();
        }
    }

    /// <summary>ISSIs are 24-bit short subscriber identities, written in decimal.</summary>
    public static void RequireIssi(string issi, string field)
    {
        if (string.IsNullOrWhiteSpace(issi) || !issi.All(char.IsAsciiDigit) || issi.Length > 8)
        {
            throw Errors.Invalid($"field '{field}' must be 1 to 8 decimal digits, got '{issi}'");
        }
    }

    public async Task<Bridge> CreateBridgeAsync(Bridge? request, CancellationToken ct)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Talkgroup))
        {
            throw Errors.Invalid(Errors.Required("bridge.talkgroup"));
        }

        if (string.IsNullOrWhiteSpace(request.GroupId))
        {
            throw Errors.Invalid(Errors.Required("bridge.group_id"));
        }

        if (request.AddedLatencyMs > 10_000)
        {
            throw Errors.Invalid($"bridge.added_latency_ms must be at most 10000, got {request.AddedLatencyMs}");
        }

        var bridge = request.Clone();
        lock (_gate)
        {
            if (_bridges.Values.Any(b => b.Talkgroup == bridge.Talkgroup))
            {
                throw Errors.Precondition($"talkgroup '{bridge.Talkgroup}' is already bridged in namespace '{ns}'");
            }

            bridge.BridgeId = $"bridge-{Interlocked.Increment(ref _counter)}";
        }

        bridge.IwfMcpttId = bridge.IwfMcpttId.Length > 0 ? bridge.IwfMcpttId : $"iwf-{bridge.Talkgroup}";
        bridge.FailureReason = "";
        var iwf = new IwfBridge(bridge, new McxService.McxServiceClient(upstream.Mcx), new McxConfiguration.McxConfigurationClient(upstream.Mcx),
            Namespaces.Headers(ns), Radios, Identities, floorTimers, scope);
        await iwf.StartAsync(ct);
        lock (_gate)
        {
            _bridges[bridge.BridgeId] = iwf;
        }

        await HomeRadiosAsync(ct);
        Feed.Patched(iwf.Bridge);
        return iwf.Bridge;
    }

    public async Task DeleteBridgeAsync(string bridgeId)
    {
        IwfBridge? bridge;
        List<IwfBridge> others;
        lock (_gate)
        {
            _bridges.Remove(bridgeId, out bridge);
            others = [.. _bridges.Values];
        }

        await (bridge ?? throw NoBridge(bridgeId)).StopAsync();
        Feed.Removed(bridge.Bridge);
        if (_defects.CutOverDropsOtherMappings)
        {
            // The defect: the IWF rebuilds its identity table after the removal and loses every entry, so the radio users it
            // had homed for the bridges that remain leave ESN.
            Identities.Clear();
            foreach (var other in others)
            {
                await other.UnhomeAllAsync();
            }

            InterworkingLog.DefectApplied(scope.Logger, bridgeId, InterworkingDefects.CutOverDropsOtherMappings.Name, "identity table wiped on removal");
        }
    }

    /// <summary>Fails a bridge (see <see cref="IwfBridge.FailAsync"/>) and reports it on the status feed.</summary>
    public async Task<Bridge> FailBridgeAsync(string bridgeId, BridgeFailure failure, string reason)
    {
        var failed = await Bridge(bridgeId).FailAsync(failure, reason);
        if (!Feed.Failed(failed))
        {
            InterworkingLog.DefectApplied(scope.Logger, bridgeId, InterworkingDefects.FailureNotReported.Name, "failure not reported on the status feed");
        }

        return failed;
    }

    public IReadOnlyList<Bridge> ListBridges()
    {
        lock (_gate)
        {
            return _bridges.Values.Select(b => b.Bridge).OrderBy(b => b.BridgeId, StringComparer.Ordinal).ToList();
        }
    }

    public IwfBridge Bridge(string bridgeId)
    {
        lock (_gate)
        {
            return _bridges.TryGetValue(bridgeId, out var b) ? b : throw NoBridge(bridgeId);
        }
    }

    public async Task RegisterRadioAsync(string issi, string talkgroup, Agency agency, CancellationToken ct)
    {
        Radios.Register(issi, talkgroup, agency);
        await HomeRadiosAsync(ct);
    }

    public async Task<IReadOnlyList<IdentityMapping>> MapIdentitiesAsync(IReadOnlyList<IdentityMapping> mappings, CancellationToken ct)
    {
        var table = Identities.Put(mappings);
        await HomeRadiosAsync(ct);
        return table;
    }

    public IwfBridge BridgeOf(TetraRadio radio)
    {
        lock (_gate)
        {
            return _bridges.Values.FirstOrDefault(b => b.Talkgroup == radio.Talkgroup)
                ?? throw Errors.Precondition($"talkgroup '{radio.Talkgroup}' of radio '{radio.Issi}' is not bridged to ESN: call CreateBridge first");
        }
    }

    /// <summary>Every mapped radio on a working bridge's talkgroup is homed on ESN under its MCPTT ID (whatever was set up first).</summary>
    private async Task HomeRadiosAsync(CancellationToken ct)
    {
        List<IwfBridge> bridges;
        lock (_gate)
        {
            bridges = [.. _bridges.Values];
        }

        foreach (var bridge in bridges)
        {
            foreach (var radio in Radios.OnTalkgroup(bridge.Talkgroup))
            {
                if (Identities.ByIssi(radio.Issi) is { } mapping)
                {
                    await bridge.HomeAsync(radio, mapping, ct);
                }
            }
        }
    }

    private global::Grpc.Core.RpcException NoBridge(string bridgeId) => Errors.NotFound($"bridge_id '{bridgeId}' is not a bridge in namespace '{ns}'");
}
