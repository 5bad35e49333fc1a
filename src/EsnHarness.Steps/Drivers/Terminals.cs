using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped driver of the cast's terminals and consoles through esn.device.v1: log-on, floor, calls, messages,
/// emergencies and location. Every terminal's <c>Observe</c> stream is pumped into an event log that steps await
/// with deadlines. Generated types stay in here: steps get the harness's records.
/// </summary>
public sealed partial class Terminals(EsnSession session, Cast cast, NetworkDriver network, IdmsLogOn idms) : IAsyncDisposable
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, Observed> _observed = new();
    private readonly ConcurrentDictionary<string, string> _callGroups = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, PlaceName> _places = new();
    private readonly ConcurrentDictionary<string, PlaceName> _previousPlaces = new();
    private Dictionary<string, int> _marks = [];
    private uint _maxSds;
    private uint _maxSdsControlPlane;

    /// <summary>Logs a user on: writes their profile, powers their terminal (or console) on at a place and starts observing it.
    /// When the scenario requires IdMS tokens the terminal presents <paramref name="accessToken"/>, or one the IdMS issues the user now.</summary>
    public async Task LogOnAsync(UserName name, Agency agency, PlaceName place, MemberKind kind = MemberKind.Terminal, ControlRoom? room = null, string? accessToken = null)
    {
        var member = cast.Add(name, agency, kind, room);
        var token = accessToken ?? await idms.TokenForAsync(member);
        var at = await network.ResolveAsync(place);
        var console = kind == MemberKind.Console;
        await _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = Profile(member, console ? 200u : 100u) });
        var state = await Call(() => _devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = member.DeviceId,
            Kind = console ? DeviceKind.Console : DeviceKind.Handheld,
            Identity = Identity(member),
            PlaceId = at.PlaceId,
            AccessToken = token,
        }).ResponseAsync, $"power on the terminal of {name}");
        StartObserving(member.DeviceId);
        _places[member.DeviceId] = place;
        if (!state.Registered)
        {
            throw new ExpectationFailedException($"The terminal of {name} powered on at {place} but did not register on the MCX service.");
        }
    }

    /// <summary>Sets a user's floor priority within a priority level (TS 22.179 §6.8.6).</summary>
    public async Task SetFloorPriorityAsync(UserName name, uint priority)
    {
        var member = cast.Get(name);
        await _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = Profile(member, priority) });
    }

    /// <summary>Sets how long a manual-commencement private call to the user rings unanswered before it fails (user profile).</summary>
    public async Task SetNoAnswerTimeAsync(UserName name, TimeSpan ringing)
    {
        var member = cast.Get(name);
        var profile = Profile(member, member.Kind == MemberKind.Console ? 200u : 100u);
        profile.PrivateCallNoAnswerMs = (uint)ringing.TotalMilliseconds;
        await _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = profile });
    }

    /// <summary>Sets the maximum SDS size (TS 24.484 §10.4) in every cast member's profile.</summary>
    public Task SetMaxSdsSizeAsync(uint bytes)
    {
        _maxSds = bytes;
        return PutSdsLimitsAsync();
    }

    /// <summary>Sets the maximum control-plane SDS payload (TS 24.484 §10.4) in every cast member's profile; larger SDS take the media plane.</summary>
    public Task SetMaxSdsControlPlaneAsync(uint bytes)
    {
        _maxSdsControlPlane = bytes;
        return PutSdsLimitsAsync();
    }

    private Task PutSdsLimitsAsync() =>
        Task.WhenAll(cast.Members.Where(m => m.Kind != MemberKind.AirwaveRadio).Select(m =>
            _config.PutUserProfileAsync(new PutUserProfileRequest { Profile = Profile(m, m.Kind == MemberKind.Console ? 200u : 100u) }).ResponseAsync));

    /// <summary>Remembers where every terminal's event log stands, so later expectations look only at what follows an action.</summary>
    public void MarkAction()
    {
        _marks = _observed.ToDictionary(kv => kv.Key, kv => kv.Value.Log.Count);
        LastActionAt = session.Target.Clock.GetUtcNow();
    }

    /// <summary>When the latest <see cref="MarkAction"/> happened (the target's clock); null before the first.</summary>
    public DateTimeOffset? LastActionAt { get; private set; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var observed in _observed.Values)
        {
            try
            {
                await observed.Pump.WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception e) when (e is OperationCanceledException or RpcException or TimeoutException)
            {
                // The stream ends with the scenario.
            }
        }

        _stop.Dispose();
    }

    internal EventLog<DeviceEvent> Log(CastMember member) =>
        _observed.TryGetValue(member.DeviceId, out var o)
            ? o.Log
            : throw new ArgumentException($"{member.Name} has no ESN terminal in this scenario.");

    internal int Mark(CastMember member) => _marks.GetValueOrDefault(member.DeviceId);

    internal string? GroupOfCall(string callId) => _callGroups.GetValueOrDefault(callId);

    internal void RememberCall(CallInfo? call)
    {
        if (call is { CallId.Length: > 0, GroupId.Length: > 0 })
        {
            _callGroups[call.CallId] = call.GroupId;
        }
    }

    internal static async Task<T> Call<T>(Func<Task<T>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (RpcException e) when (e is not EndpointUnreachableException)
        {
            throw new EsnRefusedException(what, e.StatusCode.ToString(), e.Status.Detail);
        }
    }

    private void StartObserving(string deviceId)
    {
        var log = new EventLog<DeviceEvent>($"terminal '{deviceId}'", e => e.EventCase + " " + e);
        var pump = Task.Run(async () =>
        {
            using var stream = _devices.Observe(new ObserveRequest { DeviceId = deviceId }, cancellationToken: _stop.Token);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(_stop.Token))
            {
                RememberCall(e.Call?.Call);
                log.Append(e);
            }
        });
        _observed[deviceId] = new Observed(log, pump);
    }

    private static UserIdentity Identity(CastMember m) => new()
    {
        McpttId = m.McpttId,
        Agency = m.Agency,
        DisplayName = m.Name.Value,
        Role = m.Kind == MemberKind.Console ? "dispatcher" : "responder",
    };

    private UserProfile Profile(CastMember m, uint floorPriority) => new()
    {
        Identity = Identity(m),
        AllowEmergency = true,
        AllowImminentPeril = true,
        AllowPrivateCall = true,
        AllowBroadcast = m.Kind == MemberKind.Console,
        AllowRemoteAffiliation = m.Kind == MemberKind.Console,
        FloorPriority = floorPriority,
        MaxSdsSizeBytes = _maxSds,
        MaxSdsControlPlaneBytes = _maxSdsControlPlane,
    };

    private sealed record Observed(EventLog<DeviceEvent> Log, Task Pump);
}
