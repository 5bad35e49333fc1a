using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped repeated measurements for the MCPTT KPIs (TS 22.179 §6.15); every sample goes to the
/// <see cref="KpiRecorder"/>. Long measurements share their attempts over parallel <see cref="Lanes"/>.
/// </summary>
public sealed class Measurements(TerminalFleet fleet, FloorControl floor, Lanes lanes, Groups groups, Cast cast, KpiRecorder kpi, EsnSession session, IOutputHelper output)
{
    /// <summary>Wall-clock budget of one repeated call set-up measurement.</summary>
    private static readonly TimeSpan MeasurementBudget = TimeSpan.FromSeconds(40);

    /// <summary>Voice frames per measured talk burst.</summary>
    private const uint BurstFrames = 3;

    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _bursts = new();

    /// <summary>
    /// KPI1: press PTT <paramref name="times"/> times, each time waiting for the grant and releasing; the presses are
    /// shared over parallel lanes; returns the number of lanes used.
    /// </summary>
    public async Task<int> MeasureAccessAsync(UserName name, GroupName group, int times)
    {
        var open = await lanes.OpenAsync(name, group, Lanes.LanesFor(times));
        await PressAllAsync(open, times, frames: 0);
        return open.Count;
    }

    /// <summary>
    /// KPI3: talk <paramref name="times"/> bursts of paced 20 ms frames; at every other member each burst gives one
    /// mouth-to-ear sample (played_at − sent_at of the first frame played) and every later frame a play-out continuity
    /// outcome (<see cref="VoicePlayout"/>). The bursts are shared over parallel lanes; returns the number of lanes used.
    /// </summary>
    public async Task<int> MeasureBurstsAsync(UserName name, GroupName group, int times)
    {
        var open = await lanes.OpenAsync(name, group, Lanes.LanesFor(times));
        var marks = fleet.Logs.ToDictionary(o => o.Member.DeviceId, o => o.Log.Count);
        await PressAllAsync(open, times, frames: BurstFrames, frameIntervalMs: 20);
        var talkers = open.Select(l => cast.Get(l.Talker)).ToList();
        var ids = talkers.Select(t => t.McpttId).ToHashSet(StringComparer.Ordinal);
        var frames = fleet.Logs.Where(o => !ids.Contains(o.Member.McpttId)).SelectMany(o => o.Log.Snapshot(marks.GetValueOrDefault(o.Member.DeviceId))
            .Where(e => e.Media is { } m && ids.Contains(m.Packet.SenderMcpttId))
            .Select(e => (o.Member.DeviceId, e.Media)));
        var listener = groups.OthersThan(group, name).FirstOrDefault();
        var result = VoicePlayout.Analyse(frames, await VoiceModelAsync(talkers[0]), listener is null ? null : await VoiceModelAsync(listener));
        foreach (var sample in result.MouthToEarMs)
        {
            kpi.Record(Metric.MouthToEar, sample);
        }

        for (var i = 0; i < result.InTiming + result.OffTiming; i++)
        {
            kpi.RecordOutcome(Metric.PlayoutContinuity, i < result.InTiming);
        }

        foreach (var example in result.OffTimingExamples)
        {
            output.WriteLine($"Played off the talker's timing: {example}");
        }

        kpi.Explain(Metric.MouthToEar, new MeasureNote(result.Measure, result.Components, result.Quality));
        kpi.Explain(Metric.PlayoutContinuity, new MeasureNote(
            $"Every voice frame after the first that a listener played of a burst and that arrived by its place in the talker's timing (the burst's first played frame plus the talker's offset of it): in the talker's timing when it played there within {VoicePlayout.Tolerance.TotalMilliseconds:0} ms (the jitter buffer absorbed the arrival jitter); off it when it left a gap, overlapped the previous frame or played twice. Frames that arrived after their place are counted as late, not judged.",
            Quality: result.Quality));
        return open.Count;
    }

    /// <summary>Bursts the talker (with their copies in parallel lanes) has sent since the scenario began (counted from floor grants with voice).</summary>
    public int BurstsSent(UserName talker) => lanes.WithCopies(talker).Sum(t => _bursts.GetValueOrDefault(cast.Get(t.Name).DeviceId));

    /// <summary>Bursts heard by <paramref name="listener"/> from <paramref name="talker"/> since the scenario began; in parallel lanes, each listener copy from its lane's talker copy.</summary>
    public int BurstsHeard(UserName listener, UserName talker)
    {
        var listeners = lanes.WithCopies(listener).ToDictionary(l => l.Lane, l => l.Name);
        return lanes.WithCopies(talker).Where(t => listeners.ContainsKey(t.Lane)).Sum(t =>
        {
            var id = cast.Get(t.Name).McpttId;
            return fleet.Log(cast.Get(listeners[t.Lane])).Snapshot().Where(e => e.Media is { } m && m.Packet.SenderMcpttId == id)
                .Select(e => (e.Media.Packet.CallId, e.Media.Packet.BurstId)).Distinct().Count();
        });
    }

    /// <summary>
    /// KPI2 and set-up success: set up <paramref name="times"/> group calls, each ended by a 1 ms hang time before the
    /// next on its lane; lanes (copies of the talker, members and group) run at once, each lane's talker one call at a
    /// time, so no user ever holds more than one floor (N7). Past its budget the remaining attempts are not started and
    /// the step fails saying so. Returns the number of lanes used.
    /// </summary>
    public async Task<int> MeasureCallSetupsAsync(UserName name, GroupName group, int times)
    {
        var previous = await groups.SetHangTimeAsync(group, 1);
        try
        {
            // The lane copies take the group's settings, the 1 ms hang time included.
            var open = await lanes.OpenAsync(name, group, Lanes.SetupLanesFor(times), setUpCall: false);
            await RunLanesAsync(open, times, async (lane, i) =>
            {
                try
                {
                    await OneCallSetUpAsync(cast.Get(lane.Talker), lane.Group, i);
                    kpi.RecordOutcome(Metric.CallSetupSuccess, true);
                }
                catch (Exception e) when (e is ExpectationFailedException or EsnRefusedException)
                {
                    kpi.RecordFailure(Metric.CallSetupSuccess, $"call {i} by {lane.Talker} on {lane.Group}: {e.Message}");
                }
            });
            return open.Count;
        }
        finally
        {
            await groups.SetHangTimeAsync(group, previous);
        }
    }

    /// <summary>Each lane's talker takes its share of the presses one after another, the lanes at once; every grant is a KPI1 sample.</summary>
    private Task PressAllAsync(IReadOnlyList<(UserName Talker, GroupName Group)> open, int times, uint frames, uint frameIntervalMs = 0) =>
        Task.WhenAll(open.Select(async (lane, i) =>
        {
            for (var n = Lanes.ShareOf(times, open.Count, i); n > 0; n--)
            {
                var access = await floor.BurstAsync(lane.Talker, lane.Group, frames, frameIntervalMs);
                kpi.Record(Metric.AccessTime, access.TotalMilliseconds);
                if (frames > 0)
                {
                    _bursts.AddOrUpdate(cast.Get(lane.Talker).DeviceId, 1, (_, count) => count + 1);
                }
            }
        }));

    /// <summary>Runs attempts 1..<paramref name="times"/> spread over the lanes, each lane one attempt at a time, within the budget.</summary>
    private async Task RunLanesAsync(IReadOnlyList<(UserName Talker, GroupName Group)> open, int times, Func<(UserName Talker, GroupName Group), int, Task> attempt)
    {
        var next = 0;
        var started = 0;
        var clock = session.Target.Clock;
        var deadline = clock.GetUtcNow() + MeasurementBudget;
        await Task.WhenAll(open.Select(async lane =>
        {
            while (clock.GetUtcNow() < deadline && Interlocked.Increment(ref next) is var i && i <= times)
            {
                Interlocked.Increment(ref started);
                await attempt(lane, i);
            }
        }));
        if (started < times)
        {
            throw new ExpectationFailedException(
                $"Only {started} of {times} attempts were started within the {MeasurementBudget.TotalSeconds:0} s budget of one measurement ({open.Count} at once): the system under test is too slow or stuck.");
        }
    }

    /// <summary>One group call: a PTT press on the lane's group sets it up; Floor Granted is timed (KPI2); release; the call ends after its 1 ms hang time.</summary>
    private async Task OneCallSetUpAsync(CastMember member, GroupName group, int attempt)
    {
        var log = fleet.Log(member);
        var from = log.Count;
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"press PTT for {member.Name} on {group} (attempt {attempt})");
        fleet.RememberCall(ptt.CallId, group);
        var granted = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted } f && f.CallId == ptt.CallId, from, session.Timeout,
            $"{member.Name} to be granted the floor on {group} (attempt {attempt})");
        kpi.Record(Metric.EndToEndAccessTime, (granted.ObservedAt.ToDateTime() - ptt.At.ToDateTime()).TotalMilliseconds);
        var released = log.Count;
        await Rpc.CallAsync(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = ptt.CallId }).ResponseAsync,
            $"release PTT for {member.Name} (call {attempt})");
        await log.WaitAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.CallId == ptt.CallId, released, session.Timeout,
            $"call {attempt} on {group} to end after its hang time");
    }

    /// <summary>The member's terminal's voice model as it reports it; null when it reports none.</summary>
    private async Task<VoiceModel?> VoiceModelAsync(CastMember member) =>
        (await Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the voice model of {member.Name}'s terminal")).VoiceModel;
}
