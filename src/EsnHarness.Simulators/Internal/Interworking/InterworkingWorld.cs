using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>Bridges and simulated TETRA radios of one namespace.</summary>
internal sealed class InterworkingWorld(string ns, UpstreamChannels upstream, TimeProvider time, FloorTimers floorTimers, WorldScope scope) : IWorld
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, IwfBridge> _bridges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TetraRadio> _radios = new(StringComparer.Ordinal);
    private long _counter;

    public TimeProvider Time => time;

    public WorldScope Scope => scope;

    /// <summary>Stops every bridge of the namespace (its MCX client, downlink and floor participant).</summary>
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

    /// <summary>Timers of the interworking function's floor participants (TS 24.380).</summary>
    public FloorTimers FloorTimers => floorTimers;

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
            if (_bridges.Values.Any(b => b.Bridge.Talkgroup == bridge.Talkgroup))
            {
                throw Errors.Precondition($"talkgroup '{bridge.Talkgroup}' is already bridged in namespace '{ns}'");
            }

            bridge.BridgeId = $"bridge-{Interlocked.Increment(ref _counter)}";
        }

        bridge.IwfMcpttId = bridge.IwfMcpttId.Length > 0 ? bridge.IwfMcpttId : $"iwf-{bridge.Talkgroup}";
        var headers = Namespaces.Headers(ns);
        var iwf = new IwfBridge(bridge, new McxService.McxServiceClient(upstream.Mcx), headers, this);
        await iwf.StartAsync(new McxConfiguration.McxConfigurationClient(upstream.Mcx), ct);
        lock (_gate)
        {
            _bridges[bridge.BridgeId] = iwf;
        }

        return bridge.Clone();
    }

    public async Task DeleteBridgeAsync(string bridgeId)
    {
        IwfBridge? bridge;
        lock (_gate)
        {
            _bridges.Remove(bridgeId, out bridge);
        }

        await (bridge ?? throw Errors.NotFound($"bridge_id '{bridgeId}' is not a bridge in namespace '{ns}'")).StopAsync();
    }

    public IReadOnlyList<Bridge> ListBridges()
    {
        lock (_gate)
        {
            return _bridges.Values.Select(b => b.Bridge.Clone()).OrderBy(b => b.BridgeId, StringComparer.Ordinal).ToList();
        }
    }

    public BridgeStats Stats(string bridgeId)
    {
        lock (_gate)
        {
            return _bridges.TryGetValue(bridgeId, out var b)
                ? b.Stats.Snapshot()
                : throw Errors.NotFound($"bridge_id '{bridgeId}' is not a bridge in namespace '{ns}'");
        }
    }

    public void RegisterRadio(string issi, string talkgroup, Agency agency)
    {
        if (string.IsNullOrWhiteSpace(issi) || !issi.All(char.IsAsciiDigit) || issi.Length > 8)
        {
            throw Errors.Invalid($"field 'issi' must be 1 to 8 decimal digits, got '{issi}'");
        }

        if (string.IsNullOrWhiteSpace(talkgroup))
        {
            throw Errors.Invalid(Errors.Required("talkgroup"));
        }

        lock (_gate)
        {
            _radios[issi] = new TetraRadio(issi, talkgroup, agency);
        }
    }

    public TetraRadio Radio(string issi)
    {
        lock (_gate)
        {
            return _radios.TryGetValue(issi, out var radio)
                ? radio
                : throw Errors.NotFound($"issi '{issi}' is not a registered radio in namespace '{ns}': call RegisterRadio first");
        }
    }

    public IwfBridge BridgeOf(TetraRadio radio)
    {
        lock (_gate)
        {
            return _bridges.Values.FirstOrDefault(b => b.Bridge.Talkgroup == radio.Talkgroup)
                ?? throw Errors.Precondition($"talkgroup '{radio.Talkgroup}' of radio '{radio.Issi}' is not bridged to ESN: call CreateBridge first");
        }
    }

    /// <summary>Sends the event to every radio on the talkgroup but <paramref name="except"/>; returns how many got it.</summary>
    public int ToTalkgroup(string talkgroup, RadioEvent e, string? except)
    {
        List<TetraRadio> radios;
        lock (_gate)
        {
            radios = _radios.Values.Where(r => r.Talkgroup == talkgroup && r.Issi != except).ToList();
        }

        foreach (var r in radios)
        {
            r.Send(e);
        }

        return radios.Count;
    }

    public void ToRadio(string? issi, RadioEvent e)
    {
        if (issi is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_radios.TryGetValue(issi, out var radio))
            {
                radio.Send(e);
            }
        }
    }
}
