using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// One talkgroup ↔ ESN group patch (TS 23.283): a composition of the ESN identities it presents (its own, and one per
/// mapped radio user homed in it), their floor seats, the floor across the bridge, the ESN downlink handling, the radio
/// traffic towards ESN and the relay statistics. Each direction waits the modelled added latency on the injected clock.
/// </summary>
internal sealed class IwfBridge
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (EsnIdentity Identity, FloorSeat Seat, string Issi)> _homed = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _life = new();
    private readonly Bridge _bridge;
    private readonly McxConfiguration.McxConfigurationClient _config;
    private readonly WorldScope _scope;
    private readonly FloorTimers _timers;
    private readonly IwfDefects _defects;
    private readonly IwfUplink _uplink;
    private readonly BridgeEvents _events;
    private readonly EsnIdentity _own;
    private readonly FloorSeat _ownSeat;

    public IwfBridge(Bridge bridge, McxService.McxServiceClient mcx, McxConfiguration.McxConfigurationClient config, Metadata headers,
        RadioRegistry radios, IdentityTable identities, FloorTimers timers, WorldScope scope)
    {
        _bridge = bridge;
        _bridge.State = BridgeState.Active;
        _config = config;
        _scope = scope;
        _timers = timers;
        _defects = IwfDefects.Of(scope.Defects);
        var latency = TimeSpan.FromMilliseconds(bridge.AddedLatencyMs + (_defects.Adds400Ms ? 400 : 0));
        _uplink = new IwfUplink(bridge.BridgeId, mcx, headers, latency, scope);
        Stats = new BridgeStatsRecorder(bridge.BridgeId);
        Floor = new BridgeFloor(bridge.Talkgroup, radios, _uplink, scope.Time, arbitrated: !_defects.FloorNotArbitrated);
        Names = new TalkerNames(identities, mapped: !_defects.IdentityNotMapped);
        _events = new BridgeEvents(bridge, radios, Floor, _uplink, Stats, Names, SeatOf, scope, _defects, _life.Token);
        _own = NewIdentity(new UserIdentity
        {
            McpttId = bridge.IwfMcpttId, Agency = bridge.Agency, Role = "interworking function",
            FunctionalAlias = $"AIRWAVE-{bridge.Talkgroup}", DisplayName = $"Airwave talkgroup {bridge.Talkgroup}",
        });
        _ownSeat = NewSeat(bridge.IwfMcpttId);
        Traffic = new RadioTraffic(this, radios, _uplink, Stats, scope, _defects);
    }

    public Bridge Bridge
    {
        get
        {
            lock (_gate)
            {
                return _bridge.Clone();
            }
        }
    }

    public string Talkgroup => _bridge.Talkgroup;

    public string GroupId => _bridge.GroupId;

    public string BridgeId => _bridge.BridgeId;

    public BridgeStatsRecorder Stats { get; }

    public BridgeFloor Floor { get; }

    public TalkerNames Names { get; }

    /// <summary>Cancelled when the bridge fails or is deleted: work it started (an open microphone) ends with it.</summary>
    public CancellationToken Stopping => _life.Token;

    /// <summary>What radios send towards ESN: voice, statuses, SDS, emergencies.</summary>
    public RadioTraffic Traffic { get; }

    /// <summary>Why the bridge failed; null while it works.</summary>
    public string? Failure
    {
        get
        {
            lock (_gate)
            {
                return _bridge.State == BridgeState.Failed ? _bridge.FailureReason : null;
            }
        }
    }

    public Task StartAsync(CancellationToken ct) => _own.StartAsync(_bridge.GroupId, ct);

    /// <summary>
    /// Homes a mapped radio user in the IWF (TS 29.379): its MCPTT ID is registered and affiliated to the group, so its
    /// talk bursts, statuses, SDS and emergencies carry it. Without mapping (a defect) nothing is homed.
    /// </summary>
    public async Task HomeAsync(TetraRadio radio, IdentityMapping mapping, CancellationToken ct)
    {
        if (_defects.IdentityNotMapped || Failure is not null)
        {
            return;
        }

        EsnIdentity? replaced = null;
        lock (_gate)
        {
            var current = _homed.FirstOrDefault(h => h.Value.Issi == radio.Issi);
            if (current.Key == mapping.McpttId)
            {
                return;
            }

            if (current.Key is { } old)
            {
                replaced = current.Value.Identity;
                current.Value.Seat.Stop();
                _homed.Remove(old);
            }
        }

        if (replaced is not null)
        {
            await replaced.StopAsync(deregister: true);
        }

        var identity = NewIdentity(new UserIdentity
        {
            McpttId = mapping.McpttId, Agency = radio.Agency, Role = "Airwave radio user",
            FunctionalAlias = mapping.FunctionalAlias, DisplayName = mapping.DisplayName,
        });
        lock (_gate)
        {
            _homed[mapping.McpttId] = (identity, NewSeat(mapping.McpttId), radio.Issi);
        }

        await identity.StartAsync(_bridge.GroupId, ct);
        InterworkingLog.RadioHomed(_scope.Logger, BridgeId, radio.Issi, mapping.McpttId);
    }

    /// <summary>Every radio user homed in this bridge leaves ESN (only a defect does this: the IWF lost its identity table).</summary>
    public async Task UnhomeAllAsync()
    {
        List<(EsnIdentity Identity, FloorSeat Seat)> homed;
        lock (_gate)
        {
            homed = [.. _homed.Values.Select(h => (h.Identity, h.Seat))];
            _homed.Clear();
        }

        foreach (var (identity, seat) in homed)
        {
            seat.Stop();
            await identity.StopAsync(deregister: true);
        }
    }

    /// <summary>The ESN identity and floor seat a radio talks through: its homed identity, else the bridge's own.</summary>
    public (string McpttId, FloorSeat Seat) SeatFor(string issi)
    {
        lock (_gate)
        {
            foreach (var (id, homed) in _homed)
            {
                if (homed.Issi == issi)
                {
                    return (id, homed.Seat);
                }
            }
        }

        return (_bridge.IwfMcpttId, _ownSeat);
    }

    /// <summary>Radio PTT pressed: see <see cref="BridgeFloor.PressAsync"/>.</summary>
    public Task<bool> PressAsync(string issi, CancellationToken ct) =>
        Floor.PressAsync(issi, SeatFor(issi).Seat, new FloorPriority(FloorControl.FloorPriorityLevel.Normal, 0), CallType.PrearrangedGroup, _bridge.GroupId, ct);

    /// <summary>
    /// The bridge fails (see <see cref="BridgeFailure"/>): nothing crosses any more, and the radios of the talkgroup are
    /// told (unless the bridge carries that defect).
    /// </summary>
    public async Task<Bridge> FailAsync(BridgeFailure failure, string reason)
    {
        List<(EsnIdentity Identity, FloorSeat Seat)> identities;
        lock (_gate)
        {
            if (_bridge.State == BridgeState.Failed)
            {
                throw Errors.Precondition($"bridge_id '{BridgeId}' has already failed: {_bridge.FailureReason}");
            }

            _bridge.State = BridgeState.Failed;
            _bridge.FailureReason = reason;
            identities = [(_own, _ownSeat), .. _homed.Values.Select(h => (h.Identity, h.Seat))];
        }

        InterworkingLog.BridgeFailed(_scope.Logger, BridgeId, failure.ToString(), reason);
        var (transmitting, _) = Floor.Fail(reason);
        await _life.CancelAsync();
        Traffic.Told(transmitting, reason);
        foreach (var (identity, seat) in identities)
        {
            // Link lost: the IWF still works and leaves ESN cleanly (deregistration releases its floor and leaves its
            // calls). IWF down: it just stops; the MCX learns nothing until its own timers notice the silence.
            seat.Stop();
            await identity.StopAsync(deregister: failure == BridgeFailure.TetraLinkLost);
        }

        return Bridge;
    }

    /// <summary>The bridge is deleted: its participants stop and its identities leave the MCX service.</summary>
    public async Task StopAsync()
    {
        await _life.CancelAsync();
        List<(EsnIdentity Identity, FloorSeat Seat)> identities;
        lock (_gate)
        {
            identities = [(_own, _ownSeat), .. _homed.Values.Select(h => (h.Identity, h.Seat))];
        }

        foreach (var (identity, seat) in identities)
        {
            seat.Stop();
            await identity.StopAsync(deregister: true);
        }
    }

    private FloorSeat? SeatOf(string mcpttId)
    {
        if (mcpttId == _bridge.IwfMcpttId)
        {
            return _ownSeat;
        }

        lock (_gate)
        {
            return _homed.TryGetValue(mcpttId, out var homed) ? homed.Seat : null;
        }
    }

    private EsnIdentity NewIdentity(UserIdentity identity) =>
        new(identity, BridgeId, _uplink.Mcx, _config, _uplink.Headers, _scope, _events.OnEventAsync);

    private FloorSeat NewSeat(string mcpttId) =>
        new(mcpttId, _timers, _scope.Time, (seat, callId) => new IwfFloorOutput(_uplink, seat, callId, Floor.OnParticipantState));
}
