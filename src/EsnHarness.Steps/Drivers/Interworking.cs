using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped driver of the Airwave interworking function (esn.interworking.v1): its bridges and what Airwave radio
/// users do (PTT, voice, statuses, the emergency button). The bridges it patched are deleted before the scenario's
/// namespace closes.
/// </summary>
public sealed class Interworking
{
    private readonly EsnSession _session;
    private readonly Cast _cast;
    private readonly Groups _groups;
    private readonly TerminalFleet _fleet;
    private readonly AirwaveTerminals _terminals;
    private readonly AirwaveChecks _checks;
    private readonly InterworkingStatusFeed _feed;
    private readonly IOutputHelper _output;
    private readonly InterworkingService.InterworkingServiceClient _client;
    private readonly ConcurrentDictionary<string, Bridge> _bridges = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The scenario's interworking; its bridges are deleted before the namespace closes.</summary>
    public Interworking(EsnSession session, Cast cast, Groups groups, TerminalFleet fleet, AirwaveTerminals terminals, AirwaveChecks checks,
        InterworkingStatusFeed feed, IOutputHelper output)
    {
        (_session, _cast, _groups, _fleet, _terminals, _checks, _feed, _output) = (session, cast, groups, fleet, terminals, checks, feed, output);
        _client = new InterworkingService.InterworkingServiceClient(session.Invoker(EsnRole.Interworking));
        session.BeforeClose(DeleteBridgesAsync);
    }

    /// <summary>Patches a TETRA talkgroup to an ESN group (again, after a removal: a roll-back); the control rooms' status feed is watched from the first patch on.</summary>
    public async Task PatchAsync(string talkgroup, GroupName group, Agency agency)
    {
        _feed.Start();
        var iwf = $"iwf-{talkgroup.ToLowerInvariant()}";
        await _groups.AddMemberAsync(group, iwf);
        var bridge = await Rpc.CallAsync(() => _client.CreateBridgeAsync(new CreateBridgeRequest
        {
            Bridge = new Bridge { Talkgroup = talkgroup, GroupId = group.Value, IwfMcpttId = iwf, Agency = agency },
        }).ResponseAsync, $"patch Airwave talkgroup '{talkgroup}' to {group}");
        _bridges[talkgroup] = bridge;
    }

    /// <summary>The bridge of a talkgroup this scenario patched.</summary>
    /// <exception cref="ArgumentException">The talkgroup is not patched in this scenario.</exception>
    public Bridge BridgeOf(string talkgroup) => _bridges.GetValueOrDefault(talkgroup)
        ?? throw new ArgumentException($"Talkgroup '{talkgroup}' is not patched in this scenario; add 'Given the Airwave talkgroup \"{talkgroup}\" is patched to \"...\"' first.");

    /// <summary>The bridges as the interworking function lists them now.</summary>
    public async Task<IReadOnlyList<Bridge>> ListBridgesAsync() =>
        (await Rpc.CallAsync(() => _client.ListBridgesAsync(new ListBridgesRequest()).ResponseAsync, "list the interworking function's bridges")).Bridges;

    /// <summary>Removes the talkgroup's bridge (a migration wave's cut-over).</summary>
    public async Task RemoveAsync(string talkgroup)
    {
        _fleet.MarkAction();
        var bridge = BridgeOf(talkgroup);
        await Rpc.CallAsync(() => _client.DeleteBridgeAsync(new DeleteBridgeRequest { BridgeId = bridge.BridgeId }).ResponseAsync, $"remove the bridge of Airwave talkgroup '{talkgroup}'");
        _bridges.TryRemove(talkgroup, out _);
    }

    /// <summary>The interworking function fails for the talkgroup's bridge (its link to the Airwave switch lost, or itself down).</summary>
    public async Task FailAsync(string talkgroup, BridgeFailure failure, string reason)
    {
        _fleet.MarkAction();
        var bridge = BridgeOf(talkgroup);
        await Rpc.CallAsync(() => _client.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = failure, Reason = reason }).ResponseAsync,
            $"fail the interworking for Airwave talkgroup '{talkgroup}' ({failure})");
    }

    /// <summary>Registers an Airwave radio user on a patched talkgroup and starts observing the radio.</summary>
    public async Task RegisterRadioAsync(UserName name, Agency agency, string talkgroup)
    {
        var bridge = BridgeOf(talkgroup);
        var member = _cast.Add(name, agency, MemberKind.AirwaveRadio, mcpttId: bridge.IwfMcpttId);
        await _terminals.RegisterAsync(name, agency, talkgroup, member.DeviceId, console: false, bridge.IwfMcpttId);
    }

    /// <summary>Gives a dispatcher already at a control room an Airwave console on the talkgroup as well (dual running).</summary>
    public async Task RegisterConsoleAsync(UserName dispatcher, string talkgroup, string issi)
    {
        var member = _cast.Get(dispatcher);
        if (member.Kind != MemberKind.Console)
        {
            throw new ArgumentException($"{dispatcher} is not a dispatcher in this scenario; add 'Given {dispatcher} is a dispatcher at MetCC' first.");
        }

        await _terminals.RegisterAsync(dispatcher, member.Agency, talkgroup, issi, console: true, member.McpttId);
    }

    /// <summary>Radio PTT press or release.</summary>
    public async Task<bool> PttAsync(UserName name, bool pressed)
    {
        _fleet.MarkAction();
        var radio = _terminals.Radio(name);
        var r = await Rpc.CallAsync(() => _client.RadioPttAsync(new RadioPttRequest { Issi = radio.Issi, Pressed = pressed }).ResponseAsync,
            $"{(pressed ? "press" : "release")} PTT on {radio}");
        return r.Granted;
    }

    /// <summary>Radio PTT press; if transmission is granted at once, a short voice transmission follows.</summary>
    public async Task PressAsync(UserName name)
    {
        if (await PttAsync(name, true))
        {
            await VoiceAsync(_terminals.Radio(name), 3);
        }
    }

    /// <summary>Radio PTT press, then a short voice transmission once granted.</summary>
    public async Task TalkAsync(UserName name)
    {
        var radio = _terminals.Radio(name);
        var from = _terminals.Log(radio).Count;
        if (!await PttAsync(name, true))
        {
            await _terminals.Log(radio).WaitAsync(e => e.Kind == RadioEventKind.TransmissionGranted, from, _session.Timeout, $"{radio} to be granted transmission");
        }

        await VoiceAsync(radio, 3);
    }

    /// <summary>TETRA status from a radio (0 = emergency, 32768..65535 user-defined).</summary>
    public async Task SendStatusAsync(UserName name, uint code)
    {
        _fleet.MarkAction();
        var radio = _terminals.Radio(name);
        await Rpc.CallAsync(() => _client.RadioStatusAsync(new RadioStatusRequest { Issi = radio.Issi, StatusCode = code }).ResponseAsync, $"send status {code} from {radio}");
    }

    /// <summary>The radio's emergency button (alarm, then an emergency call with the microphone open for <paramref name="openMicrophone"/>), at <paramref name="location"/> if given.</summary>
    public async Task<RadioEmergencyResponse> EmergencyAsync(UserName name, TimeSpan openMicrophone, GeoLocation? location)
    {
        _fleet.MarkAction();
        var radio = _terminals.Radio(name);
        return await Rpc.CallAsync(() => _client.RadioEmergencyAsync(new RadioEmergencyRequest
        {
            Issi = radio.Issi, OpenMicrophoneMs = (uint)openMicrophone.TotalMilliseconds, Location = location,
        }).ResponseAsync, $"press the emergency button on {radio}");
    }

    /// <summary>Waits until the radio receives voice from <paramref name="talker"/> (an ESN user through the bridge, or another radio of its talkgroup).</summary>
    public Task ExpectHearsAsync(UserName radio, UserName talker) => _checks.ExpectHearsAsync(_terminals.Radio(radio), talker);

    /// <summary>Waits until the radio is told its transmission request waits in the ESN floor queue at <paramref name="position"/>.</summary>
    public Task ExpectQueuedAsync(UserName radio, int position) => _checks.ExpectQueuedAsync(_terminals.Radio(radio), position);

    /// <summary>Waits until the radio receives an SDS text.</summary>
    public Task ExpectSdsAsync(UserName radio, string text, TimeSpan within) => _checks.ExpectSdsAsync(_terminals.Radio(radio), text, within);

    /// <summary>KPI1 for an Airwave radio across the bridge: press, wait for the grant, release.</summary>
    public async Task MeasureRadioAccessAsync(UserName name, GroupName group, int times, KpiRecorder kpi)
    {
        var radio = _terminals.Radio(name);
        for (var i = 0; i < times; i++)
        {
            var from = _terminals.Log(radio).Count;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!await PttAsync(name, true))
            {
                await _terminals.Log(radio).WaitAsync(e => e.Kind == RadioEventKind.TransmissionGranted, from, _session.Timeout, $"{radio} to be granted on {group}");
            }

            kpi.Record(Metric.AccessTime, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            await PttAsync(name, false);
        }
    }

    /// <summary>Voice bursts from a radio; the bridge's measured added latency per frame becomes the samples.</summary>
    public async Task MeasureRadioBurstsAsync(UserName name, GroupName group, int times, KpiRecorder kpi)
    {
        var bridge = _bridges.Values.FirstOrDefault(b => b.GroupId == group.Value) ?? throw new ArgumentException($"No Airwave talkgroup is patched to {group}.");
        for (var i = 0; i < times; i++)
        {
            await TalkAsync(name);
            await PttAsync(name, false);
        }

        var stats = await _client.GetBridgeStatsAsync(new GetBridgeStatsRequest { BridgeId = bridge.BridgeId });
        foreach (var sample in stats.AddedLatencySamplesMs)
        {
            kpi.Record(Metric.InterworkingLatency, sample);
        }
    }

    private Task VoiceAsync(TetraTerminal radio, uint frames) =>
        Rpc.CallAsync(() => _client.RadioVoiceAsync(new RadioVoiceRequest { Issi = radio.Issi, FrameCount = frames }).ResponseAsync, $"send voice from {radio}");

    /// <summary>Deletes the bridges this scenario patched (each once); a failure is reported, not left silent.</summary>
    private async Task DeleteBridgesAsync()
    {
        foreach (var talkgroup in _bridges.Keys)
        {
            if (_bridges.TryRemove(talkgroup, out var bridge))
            {
                try
                {
                    await _client.DeleteBridgeAsync(new DeleteBridgeRequest { BridgeId = bridge.BridgeId });
                }
                catch (RpcException e)
                {
                    _output.WriteLine($"Could not delete the bridge of Airwave talkgroup '{talkgroup}': {e.StatusCode} {e.Status.Detail}");
                }
            }
        }
    }
}
