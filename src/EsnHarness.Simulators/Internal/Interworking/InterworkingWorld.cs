using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
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
    private long _counter;

    public WorldScope Scope => scope;

    public RadioRegistry Radios { get; } = new(ns);

    public IdentityTable Identities { get; } = new();

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
        return iwf.Bridge;
    }

    public async Task DeleteBridgeAsync(string bridgeId)
    {
        IwfBridge? bridge;
        lock (_gate)
        {
            _bridges.Remove(bridgeId, out bridge);
        }

        await (bridge ?? throw NoBridge(bridgeId)).StopAsync();
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
