using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped driver of the Airwave interworking function (esn.interworking.v1) and its simulated TETRA radios.
/// The bridges it patched are deleted before the scenario's namespace closes; disposing it ends the radios' streams.
/// </summary>
public sealed class Interworking : IAsyncDisposable
{
    private readonly EsnSession _session;
    private readonly Cast _cast;
    private readonly Groups _groups;
    private readonly TerminalFleet _fleet;
    private readonly IOutputHelper _output;
    private readonly InterworkingService.InterworkingServiceClient _client;
    private readonly ConcurrentDictionary<string, Bridge> _bridges = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (EventLog<RadioEvent> Log, Task Pump)> _radios = new();
    private readonly CancellationTokenSource _stop = new();

    /// <summary>The scenario's interworking; its bridges are deleted before the namespace closes.</summary>
    public Interworking(EsnSession session, Cast cast, Groups groups, TerminalFleet fleet, IOutputHelper output)
    {
        (_session, _cast, _groups, _fleet, _output) = (session, cast, groups, fleet, output);
        _client = new InterworkingService.InterworkingServiceClient(session.Invoker(EsnRole.Interworking));
        session.BeforeClose(DeleteBridgesAsync);
    }

    /// <summary>Patches a TETRA talkgroup to an ESN group.</summary>
    public async Task PatchAsync(string talkgroup, GroupName group, Agency agency)
    {
        var iwf = $"iwf-{talkgroup.ToLowerInvariant()}";
        await _groups.AddMemberAsync(group, iwf);
        var bridge = await Rpc.CallAsync(() => _client.CreateBridgeAsync(new CreateBridgeRequest
        {
            Bridge = new Bridge { Talkgroup = talkgroup, GroupId = group.Value, IwfMcpttId = iwf, Agency = agency },
        }).ResponseAsync, $"patch Airwave talkgroup '{talkgroup}' to {group}");
        _bridges[talkgroup] = bridge;
    }

    /// <summary>Registers an Airwave radio user on a talkgroup and starts observing the radio.</summary>
    public async Task RegisterRadioAsync(UserName name, Agency agency, string talkgroup)
    {
        var bridge = _bridges.GetValueOrDefault(talkgroup)
            ?? throw new ArgumentException($"Talkgroup '{talkgroup}' is not patched in this scenario; add 'Given the Airwave talkgroup \"{talkgroup}\" is patched to \"...\"' first.");
        var member = _cast.Add(name, agency, MemberKind.AirwaveRadio, mcpttId: bridge.IwfMcpttId);
        var log = new EventLog<RadioEvent>($"Airwave radio {member.DeviceId}", e => $"{e.Kind} {e.TalkerId} {e.Text}".Trim());

        // Register before observing: ObserveRadio on a radio that is not registered yet fails NOT_FOUND, which silently
        // ended the pump (the radio then heard nothing). The radio buffers its events until someone observes them.
        await Rpc.CallAsync(() => _client.RegisterRadioAsync(new RegisterRadioRequest { Issi = member.DeviceId, Talkgroup = talkgroup, Agency = agency }).ResponseAsync,
            $"register {name}'s Airwave radio");
        var pump = Task.Run(() => PumpAsync(member.DeviceId, log), CancellationToken.None);
        _radios[member.DeviceId] = (log, pump);
    }

    /// <summary>Radio PTT press or release.</summary>
    public async Task<bool> PttAsync(UserName name, bool pressed)
    {
        _fleet.MarkAction();
        var member = _cast.Get(name);
        var r = await Rpc.CallAsync(() => _client.RadioPttAsync(new RadioPttRequest { Issi = member.DeviceId, Pressed = pressed }).ResponseAsync, $"press PTT on {name}'s radio");
        return r.Granted;
    }

    /// <summary>Radio PTT press; if transmission is granted at once, a short voice transmission follows.</summary>
    public async Task PressAsync(UserName name)
    {
        var member = _cast.Get(name);
        if (await PttAsync(name, true))
        {
            await Rpc.CallAsync(() => _client.RadioVoiceAsync(new RadioVoiceRequest { Issi = member.DeviceId, FrameCount = 3 }).ResponseAsync, $"send voice from {name}'s radio");
        }
    }

    /// <summary>Radio PTT press, then a short voice transmission once granted.</summary>
    public async Task TalkAsync(UserName name)
    {
        var member = _cast.Get(name);
        var from = Log(member).Count;
        if (!await PttAsync(name, true))
        {
            await Log(member).WaitAsync(e => e.Kind == RadioEventKind.TransmissionGranted, from, _session.Timeout, $"{name}'s radio to be granted transmission");
        }

        await Rpc.CallAsync(() => _client.RadioVoiceAsync(new RadioVoiceRequest { Issi = member.DeviceId, FrameCount = 3 }).ResponseAsync, $"send voice from {name}'s radio");
    }

    /// <summary>TETRA status from a radio.</summary>
    public async Task SendStatusAsync(UserName name, uint code)
    {
        _fleet.MarkAction();
        var member = _cast.Get(name);
        await Rpc.CallAsync(() => _client.RadioStatusAsync(new RadioStatusRequest { Issi = member.DeviceId, StatusCode = code }).ResponseAsync, $"send status {code} from {name}'s radio");
    }

    /// <summary>Waits until the radio receives voice from an ESN user.</summary>
    public Task ExpectHearsAsync(UserName radio, UserName talker)
    {
        var id = _cast.Get(talker).McpttId;
        return Log(_cast.Get(radio)).WaitAsync(e => e.Kind == RadioEventKind.Voice && e.TalkerId == id, 0, _session.Timeout, $"{radio}'s Airwave radio to hear {talker}");
    }

    /// <summary>Waits until the radio is told its transmission request waits in the ESN floor queue at <paramref name="position"/>.</summary>
    public Task ExpectQueuedAsync(UserName radio, int position) =>
        Log(_cast.Get(radio)).WaitAsync(e => e.Kind == RadioEventKind.Queued && e.QueuePosition == position, 0, _session.Timeout,
            $"{radio}'s Airwave radio to be told it is queued at position {position}");

    /// <summary>Waits until the radio receives an SDS text.</summary>
    public Task ExpectSdsAsync(UserName radio, string text, TimeSpan within) =>
        Log(_cast.Get(radio)).WaitAsync(e => e.Kind == RadioEventKind.Sds && e.Text == text, 0, within, $"{radio}'s Airwave radio to receive the SDS \"{text}\"");

    /// <summary>KPI1 for an Airwave radio across the bridge: press, wait for the grant, release.</summary>
    public async Task MeasureRadioAccessAsync(UserName name, GroupName group, int times, KpiRecorder kpi)
    {
        var member = _cast.Get(name);
        for (var i = 0; i < times; i++)
        {
            var from = Log(member).Count;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (!await PttAsync(name, true))
            {
                await Log(member).WaitAsync(e => e.Kind == RadioEventKind.TransmissionGranted, from, _session.Timeout, $"{name}'s radio to be granted on {group}");
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

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DeleteBridgesAsync();
        await _stop.CancelAsync();
        foreach (var (issi, (_, pump)) in _radios)
        {
            try
            {
                await pump.WaitAsync(_session.Timeout);
            }
            catch (TimeoutException)
            {
                _output.WriteLine($"The event stream of Airwave radio {issi} did not end within {_session.Timeout.TotalSeconds:0} s of the scenario's end.");
            }
        }

        _stop.Dispose();
    }

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

    /// <summary>Pumps the radio's events into its log until the scenario stops it; a stream that ends or fails ends the log saying why.</summary>
    private async Task PumpAsync(string issi, EventLog<RadioEvent> log)
    {
        try
        {
            using var stream = _client.ObserveRadio(new ObserveRadioRequest { Issi = issi }, cancellationToken: _stop.Token);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(_stop.Token))
            {
                log.Append(e);
            }

            log.End("the radio's event stream ended");
        }
        catch (Exception e) when (_stop.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
        {
            log.End("the scenario ended");
        }
        catch (RpcException e)
        {
            log.End($"the radio's event stream failed: {e.StatusCode} {e.Status.Detail}");
        }
    }

    private EventLog<RadioEvent> Log(CastMember member) =>
        _radios.TryGetValue(member.DeviceId, out var r) ? r.Log : throw new ArgumentException($"{member.Name} has no Airwave radio in this scenario.");
}
