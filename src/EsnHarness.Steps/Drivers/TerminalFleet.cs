using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the cast's terminals and consoles through esn.device.v1. Logs them on (profile, power on at a
/// place, observation), keeps each terminal's observed events in a log that the drivers await with deadlines, the
/// marks of the last action, where each terminal is and which group each call is on. Before the scenario's namespace
/// closes it powers off every terminal it powered on; disposing it ends the event streams.
/// </summary>
public sealed class TerminalFleet : IAsyncDisposable
{
    private readonly EsnSession _session;
    private readonly Cast _cast;
    private readonly NetworkDriver _network;
    private readonly IdmsLogOn _idms;
    private readonly UserProfiles _profiles;
    private readonly IOutputHelper _output;
    private readonly DeviceService.DeviceServiceClient _devices;
    private readonly ConcurrentDictionary<string, ObservedTerminal> _observed = new();
    private readonly ConcurrentDictionary<string, CastMember> _poweredOn = new();
    private readonly ConcurrentDictionary<string, string> _callGroups = new();
    private readonly ConcurrentDictionary<string, PlaceName> _places = new();
    private readonly CancellationTokenSource _stop = new();
    private Dictionary<string, int> _marks = [];

    /// <summary>A fleet for the scenario; its terminals are powered off before the scenario's namespace closes.</summary>
    public TerminalFleet(EsnSession session, Cast cast, NetworkDriver network, IdmsLogOn idms, UserProfiles profiles, IOutputHelper output)
    {
        (_session, _cast, _network, _idms, _profiles, _output) = (session, cast, network, idms, profiles, output);
        _devices = new DeviceService.DeviceServiceClient(session.Invoker(EsnRole.Device));
        session.BeforeClose(PowerOffAllAsync);
    }

    /// <summary>When the latest <see cref="MarkAction"/> happened (the target's clock); null before the first.</summary>
    public DateTimeOffset? LastActionAt { get; private set; }

    /// <summary>Logs a user on: writes their profile, powers their terminal (or console) on at a place and starts observing it.
    /// When the scenario requires IdMS tokens the terminal presents <paramref name="accessToken"/>, or one the IdMS issues the user now.
    /// <paramref name="mcpttId"/> registers it under that identity instead of the agency's usual one for the name.</summary>
    public async Task LogOnAsync(UserName name, Agency agency, PlaceName place, MemberKind kind = MemberKind.Terminal, ControlRoom? room = null, string? accessToken = null, string? mcpttId = null)
    {
        var member = _cast.Add(name, agency, kind, room, mcpttId);
        await RegisterAsync(member, place, accessToken);
    }

    /// <summary>A console's dispatcher logs on at a console of another site (a fallback control room) under the same identity;
    /// the old console is left as it is. Returns the new console.</summary>
    public async Task<CastMember> RelocateAsync(UserName name, PlaceName place)
    {
        var member = _cast.Relocate(name, place);
        await RegisterAsync(member, place, null);
        return member;
    }

    /// <summary>Powers the member's terminal on at a place with an IdMS token and requires it to register on the MCX service.</summary>
    private async Task RegisterAsync(CastMember member, PlaceName place, string? accessToken)
    {
        var name = member.Name;
        var token = accessToken ?? await _idms.TokenForAsync(member);
        var state = await PowerOnAsync(member, place, new PowerOnRequest { AccessToken = token, KmsUrl = await _idms.KeyManagementUrlAsync() });
        if (!state.Registered)
        {
            throw new ExpectationFailedException($"The terminal of {name} powered on at {place} but did not register on the MCX service.");
        }
    }

    /// <summary>Powers a user's terminal on straight into direct mode on a group (it does not register on the network) and
    /// starts observing it; <paramref name="directMode"/> is its off-network configuration.</summary>
    public async Task PowerOnInDirectModeAsync(UserName name, Agency agency, PlaceName place, GroupName group, DirectModeConfiguration directMode)
    {
        var member = _cast.Add(name, agency, MemberKind.Terminal);
        var state = await PowerOnAsync(member, place, new PowerOnRequest { DirectMode = directMode, DirectModeGroup = group.Value });
        if (state.DirectMode is not { Active: true } status || status.GroupId != group.Value)
        {
            throw new ExpectationFailedException($"The terminal of {name} powered on at {place} but is not in direct mode on {group} (direct mode: {state.DirectMode}).");
        }
    }

    /// <summary>The user docked their handheld in a vehicle device: their steps act on the vehicle device, and the handheld
    /// (powered off in its cradle) is not powered off again at the scenario's end.</summary>
    internal void Docked(UserName name, string handheldId, string vehicleId)
    {
        _poweredOn.TryRemove(handheldId, out _);
        _cast.UseDevice(name, vehicleId);
    }

    /// <summary>The user took their handheld out of the vehicle device: their steps act on the handheld again (powered on).</summary>
    internal void Undocked(UserName name, string handheldId) => _poweredOn[handheldId] = _cast.UseDevice(name, handheldId);

    /// <summary>Affiliates the user's terminal to a group.</summary>
    public async Task AffiliateAsync(UserName name, GroupName group)
    {
        var member = _cast.Get(name);
        _ = Log(member);
        var state = await Rpc.CallAsync(() => _devices.AffiliateAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"affiliate {name} to {group}");
        if (!state.AffiliatedGroups.Contains(group.Value))
        {
            throw new ExpectationFailedException($"{name} asked to affiliate to {group} but is affiliated to: {string.Join(", ", state.AffiliatedGroups)}.");
        }
    }

    /// <summary>Deaffiliates the user's terminal from a group.</summary>
    public async Task DeaffiliateAsync(UserName name, GroupName group)
    {
        var member = _cast.Get(name);
        _ = Log(member);
        await Rpc.CallAsync(() => _devices.DeaffiliateAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"deaffiliate {name} from {group}");
    }

    /// <summary>The terminal's state as the device reports it.</summary>
    public async Task<TerminalState> StateAsync(UserName name)
    {
        var member = _cast.Get(name);
        var state = await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the state of {name}'s terminal");
        return new TerminalState(state.Registered, [.. state.AffiliatedGroups], state.Link?.InService ?? false);
    }

    /// <summary>Remembers where every terminal's event log stands, so later expectations look only at what follows an action.</summary>
    public void MarkAction()
    {
        _marks = _observed.ToDictionary(kv => kv.Key, kv => kv.Value.Log.Count);
        LastActionAt = _session.Target.Clock.GetUtcNow();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await PowerOffAllAsync();
        await _stop.CancelAsync();
        foreach (var observed in _observed.Values)
        {
            if (!await observed.StoppedAsync(_session.Timeout))
            {
                _output.WriteLine($"The event stream of {observed.Member.Name}'s terminal did not end within {_session.Timeout.TotalSeconds:0} s of the scenario's end.");
            }
        }

        _stop.Dispose();
    }

    /// <summary>The event log of the member's terminal.</summary>
    /// <exception cref="ArgumentException">The member has no ESN terminal in this scenario.</exception>
    /// <exception cref="SkipScenarioException">The member is a dispatcher seated at a web console (the run drives consoles through
    /// their screen): the step needs the gRPC console adapter.</exception>
    internal EventLog<DeviceEvent> Log(CastMember member) =>
        _observed.TryGetValue(member.DeviceId, out var o) ? o.Log
        : member.Kind == MemberKind.Console
            ? throw new SkipScenarioException($"{member.Name} sits at a web console, not at a console terminal of the device service: this step reads the console terminal's events, which a screen does not give; it runs with the gRPC console adapter (e.g. the default profile).")
            : throw new ArgumentException($"{member.Name} has no ESN terminal in this scenario.");

    /// <summary>Every observed terminal with its log.</summary>
    internal IEnumerable<(CastMember Member, EventLog<DeviceEvent> Log)> Logs => _observed.Values.Select(o => (o.Member, o.Log));

    /// <summary>Where the member's log stood at the last action.</summary>
    internal int Mark(CastMember member) => _marks.GetValueOrDefault(member.DeviceId);

    /// <summary>Where the member's terminal is (its log-on place or last move), or null when it is not logged on.</summary>
    internal PlaceName? PlaceOf(CastMember member) => _places.GetValueOrDefault(member.DeviceId);

    /// <summary>Records a move of the member's terminal; returns where it was.</summary>
    internal PlaceName? Moved(CastMember member, PlaceName place)
    {
        PlaceName? previous = null;
        _places.AddOrUpdate(member.DeviceId, place, (_, old) =>
        {
            previous = old;
            return place;
        });
        return previous;
    }

    /// <summary>The group of a call, when a press, a call event or a call set-up told the scenario.</summary>
    internal string? GroupOfCall(string callId) => _callGroups.GetValueOrDefault(callId);

    /// <summary>Remembers the group of a call a PTT press set up or joined (the first word counts).</summary>
    internal void RememberCall(string callId, GroupName group) => _callGroups.TryAdd(callId, group.Value);

    /// <summary>Remembers the group of a group call.</summary>
    internal void RememberCall(CallInfo? call)
    {
        if (call is { CallId.Length: > 0, GroupId.Length: > 0 })
        {
            _callGroups[call.CallId] = call.GroupId;
        }
    }

    /// <summary>Powers off every terminal the fleet powered on (each once); a failure is reported, never left silent.</summary>
    internal async Task PowerOffAllAsync()
    {
        var members = _poweredOn.Values.ToArray();
        _poweredOn.Clear();
        var failures = await Task.WhenAll(members.Select(async m =>
        {
            try
            {
                await _devices.PowerOffAsync(new DeviceRef { DeviceId = m.DeviceId });
                return null;
            }
            catch (RpcException e)
            {
                return $"{m.Name}: {e.StatusCode} {e.Status.Detail}";
            }
        }));
        if (failures.OfType<string>().ToArray() is { Length: > 0 } failed)
        {
            _output.WriteLine($"Could not power off every terminal of the scenario: {string.Join("; ", failed)}.");
        }
    }

    private async Task<DeviceState> PowerOnAsync(CastMember member, PlaceName place, PowerOnRequest request)
    {
        var at = await _network.ResolveAsync(place);
        await _profiles.CreateAsync(member);
        request.DeviceId = member.DeviceId;
        request.Kind = member.Kind switch { MemberKind.Console => DeviceKind.Console, MemberKind.Vehicle => DeviceKind.Vehicle, _ => DeviceKind.Handheld };
        request.Identity = UserIdentities.Of(member);
        request.PlaceId = at.PlaceId;
        var state = await Rpc.CallAsync(() => _devices.PowerOnAsync(request).ResponseAsync, $"power on the terminal of {member.Name}");
        _poweredOn[member.DeviceId] = member;
        _observed[member.DeviceId] = ObservedTerminal.Start(_devices, member, Describer(member), _output, RememberCall, _stop.Token);
        _places[member.DeviceId] = place;
        return state;
    }

    private DeviceEventText Describer(CastMember member) => new(member.Name, _cast, GroupOfCall);
}
