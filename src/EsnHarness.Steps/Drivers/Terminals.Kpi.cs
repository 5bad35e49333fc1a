using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Repeated measurements for the MCPTT KPIs (TS 22.179 §6.15); every sample goes to the <see cref="KpiRecorder"/>.</summary>
public sealed partial class Terminals
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _bursts = new();

    /// <summary>
    /// KPI1: press PTT <paramref name="times"/> times, each time waiting for the grant and releasing; the presses are
    /// shared over parallel lanes (see <see cref="OpenLanesAsync"/>); returns the number of lanes used.
    /// </summary>
    public async Task<int> MeasureAccessAsync(UserName name, GroupName group, int times, KpiRecorder kpi, Groups groups)
    {
        var lanes = await OpenLanesAsync(name, group, LanesFor(times), groups);
        await Task.WhenAll(lanes.Select(async (lane, i) =>
        {
            for (var n = ShareOf(times, lanes.Count, i); n > 0; n--)
            {
                await OneBurstAsync(lane.Talker, lane.Group, kpi, frames: 0);
            }
        }));
        return lanes.Count;
    }

    /// <summary>
    /// KPI3: talk <paramref name="times"/> bursts; mouth-to-ear is measured at every other member per burst (first frame).
    /// The bursts are shared over parallel lanes (see <see cref="OpenLanesAsync"/>); returns the number of lanes used.
    /// </summary>
    public async Task<int> MeasureBurstsAsync(UserName name, GroupName group, int times, KpiRecorder kpi, Groups groups)
    {
        var lanes = await OpenLanesAsync(name, group, LanesFor(times), groups);
        var marks = _observed.ToDictionary(kv => kv.Key, kv => kv.Value.Log.Count);
        await Task.WhenAll(lanes.Select(async (lane, i) =>
        {
            for (var n = ShareOf(times, lanes.Count, i); n > 0; n--)
            {
                await OneBurstAsync(lane.Talker, lane.Group, kpi, frames: 3);
            }
        }));

        foreach (var talker in lanes.Select(l => cast.Get(l.Talker)))
        {
            foreach (var (deviceId, observed) in _observed.Where(o => o.Key != talker.DeviceId))
            {
                var firstFrames = observed.Log.Snapshot(marks.GetValueOrDefault(deviceId))
                    .Where(e => e.Media is { } m && m.Packet.SenderMcpttId == talker.McpttId)
                    .GroupBy(e => (e.Media.Packet.CallId, e.Media.Packet.BurstId))
                    .Select(g => g.OrderBy(e => e.Media.Packet.Sequence).First().Media);
                foreach (var media in firstFrames)
                {
                    kpi.Record(Metric.MouthToEar, (media.ReceivedAt.ToDateTime() - media.Packet.SentAt.ToDateTime()).TotalMilliseconds);
                }
            }
        }

        return lanes.Count;
    }

    /// <summary>Bursts the talker (with their copies in parallel lanes) has sent since the scenario began (counted from floor grants with voice).</summary>
    public int BurstsSent(UserName talker) => WithCopies(talker).Sum(t => _bursts.GetValueOrDefault(cast.Get(t.Name).DeviceId));

    /// <summary>Bursts heard by <paramref name="listener"/> from <paramref name="talker"/> since the scenario began; in parallel lanes, each listener copy from its lane's talker copy.</summary>
    public int BurstsHeard(UserName listener, UserName talker)
    {
        var listeners = WithCopies(listener).ToDictionary(l => l.Lane, l => l.Name);
        return WithCopies(talker).Where(t => listeners.ContainsKey(t.Lane)).Sum(t =>
        {
            var id = cast.Get(t.Name).McpttId;
            return Log(cast.Get(listeners[t.Lane])).Snapshot().Where(e => e.Media is { } m && m.Packet.SenderMcpttId == id).Select(e => (e.Media.Packet.CallId, e.Media.Packet.BurstId)).Distinct().Count();
        });
    }

    /// <summary>
    /// KPI2 and set-up success: set up <paramref name="times"/> group calls, each ended by a 1 ms hang time before the
    /// next on its lane; lanes (copies of the talker, members and group) run at once, so a long run stays within the measurement budget.
    /// </summary>
    public async Task MeasureCallSetupsAsync(UserName name, GroupName group, int times, Groups groups, KpiRecorder kpi)
    {
        var previous = await groups.SetHangTimeAsync(group, 1);
        try
        {
            // The lane copies take the group's settings, the 1 ms hang time included.
            var lanes = await OpenLanesAsync(name, group, LanesFor(times), groups, setUpCall: false);

            await RunLanesAsync(lanes, times, async (lane, i) =>
            {
                var member = cast.Get(lane.Talker);
                try
                {
                    var (callId, pressed, granted) = await PressOnLaneAsync(member, lane.Group, i);
                    kpi.Record(Metric.EndToEndAccessTime, (granted - pressed).TotalMilliseconds);
                    var from = Log(member).Count;
                    await Call(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = callId }).ResponseAsync, $"release PTT for {lane.Talker} (call {i})");
                    await Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.CallId == callId, from, session.Timeout,
                        $"call {i} on {lane.Group} to end after its hang time");
                    kpi.RecordOutcome(Metric.CallSetupSuccess, true);
                }
                catch (Exception e) when (e is ExpectationFailedException or EsnRefusedException)
                {
                    kpi.RecordFailure(Metric.CallSetupSuccess, $"call {i} by {lane.Talker} on {lane.Group}: {e.Message}");
                }
            });
        }
        finally
        {
            await groups.SetHangTimeAsync(group, previous);
        }
    }

    /// <summary>
    /// KPI4: leave and re-join the group's ongoing call <paramref name="times"/> times; from being connected to being told who talks.
    /// The talker keeps speaking throughout (20 ms frames): a talker who holds the floor silently loses it after T1 (4 s
    /// end of media), which on a loaded machine ended the call before the last attempts.
    /// </summary>
    public async Task MeasureLateEntryAsync(UserName name, GroupName group, int times, KpiRecorder kpi)
    {
        var member = cast.Get(name);
        using var talking = new CancellationTokenSource();
        var speech = await KeepTalkerSpeakingAsync(group, talking.Token);
        try
        {
            await MeasureLateEntriesAsync(member, name, group, times, kpi);
        }
        finally
        {
            await talking.CancelAsync();
            try
            {
                await speech;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.Cancelled)
            {
                // The talker stops speaking with the measurement.
            }
        }
    }

    private async Task<Task> KeepTalkerSpeakingAsync(GroupName group, CancellationToken ct)
    {
        var talker = (await ActiveCallAsync(group))?.TalkerMcpttId;
        var speaker = cast.Members.FirstOrDefault(m => m.McpttId == talker && m.Kind != MemberKind.AirwaveRadio);
        return speaker is null
            ? Task.CompletedTask
            : _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = speaker.DeviceId, FrameCount = 10_000, FrameIntervalMs = 20 }, cancellationToken: ct).ResponseAsync;
    }

    private async Task MeasureLateEntriesAsync(CastMember member, UserName name, GroupName group, int times, KpiRecorder kpi)
    {
        for (var i = 0; i < times; i++)
        {
            await Call(() => _devices.DeaffiliateAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"deaffiliate {name}");
            var from = Log(member).Count;
            await AffiliateAsync(name, group);
            var connected = await Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, from, session.Timeout,
                $"{name} to enter the ongoing call on {group} (attempt {i + 1})");
            var taken = await Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, from, session.Timeout, $"{name} to be told who talks on {group} (attempt {i + 1})");
            kpi.Record(Metric.LateEntry, (taken.ObservedAt.ToDateTime() - connected.ObservedAt.ToDateTime()).TotalMilliseconds);
        }
    }

    private async Task OneBurstAsync(UserName name, GroupName group, KpiRecorder? kpi, uint frames)
    {
        var member = cast.Get(name);
        var from = Log(member).Count;
        var at = await PressPttAsync(name, group);
        var granted = await Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, from, session.Timeout, $"{name} to be granted the floor on {group}");
        kpi?.Record(Metric.AccessTime, (granted.ObservedAt.ToDateTime() - at).TotalMilliseconds);
        if (frames > 0)
        {
            await AwaitPermissionAsync(member, from);
            _bursts.AddOrUpdate(member.DeviceId, 1, (_, n) => n + 1);
            await Call(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, FrameCount = frames, FrameIntervalMs = 0 }).ResponseAsync, $"talk for {name}");
        }

        var released = Log(member).Count;
        await ReleasePttAsync(name, group);
        await Log(member).WaitAsync(e => e.FloorState is { To: "HasNoPermission" or "StartStop" }, released, session.Timeout, $"{name}'s floor release to complete on {group}");
    }
}
