using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: KPI4 late call entry (TS 22.179 R-6.15.4.2-004/005). A member leaves and re-joins a group whose call
/// is running, many times; each attempt is timed from the affiliation request to the moment the member can follow the
/// call: told who talks (the first Floor Taken naming the talker) and hearing them (play-out of the talker's first frame
/// begins), whichever is later; on a group with application-layer encryption also holding the group key from the KMS,
/// which the member's terminal asks for as it affiliates (each attempt afresh, as for a member joining the group for the
/// first time): the time the terminal's key store records the KMS's answer, never a request of the harness's own.
/// From <see cref="Lanes.AttemptsPerLane"/> x 2 attempts on an unencrypted group, up to <see cref="MaxLanes"/> parallel lanes
/// share them: in each further lane a copy of the talker takes the floor on a copy of the group and keeps speaking while
/// a copy of the joiner re-joins (an encrypted group stays on one lane: its copies would need keys of their own from the
/// KMS).
/// </summary>
public sealed class LateEntryMeasurement(TerminalFleet fleet, Calls calls, GroupKeys keys, GroupKeyHoldings holdings, Lanes lanes, FloorControl floor, OngoingSpeech speech, Cast cast, KpiRecorder kpi, EsnSession session)
{
    /// <summary>Most lanes: each lane's talker speaks throughout (50 frames a second to every member), so fewer lanes than
    /// for PTT presses keep that traffic off the cores the joins are timed on; four already make 100 joins about 2 s.</summary>
    public const int MaxLanes = 4;

    /// <summary>Measures <paramref name="times"/> late entries of <paramref name="name"/> into the call on <paramref name="group"/>; returns the number of lanes used.</summary>
    /// <exception cref="ExpectationFailedException">Nobody talks on the group, an attempt never got that far, or the KMS refused the key.</exception>
    public async Task<int> MeasureAsync(UserName name, GroupName group, int times)
    {
        var (talker, callId) = await TalkerAsync(group);
        var encrypted = keys.Protects(group);

        // The talker speaks throughout (again from now, whatever set the call up); each further lane's talker copy takes
        // the floor on its copy of the group and speaks until the scenario ends, as "is talking" does.
        await speech.StartAsync(talker, callId);
        var open = await lanes.OpenAsync(talker.Name, group, encrypted ? 1 : Lanes.LanesFor(times, MaxLanes), setUpCall: false);
        var joiners = lanes.WithCopies(name).ToDictionary(c => c.Lane, c => c.Name);
        var used = open.Select((lane, i) => (Talker: cast.Get(lane.Talker), lane.Group, Joiner: joiners.GetValueOrDefault(i + 1)))
            .Where(lane => lane.Joiner is not null).ToList();
        for (var i = 1; i < used.Count; i++)
        {
            await floor.TalkAsync(used[i].Talker.Name, used[i].Group);
        }

        var parts = new LateEntryParts(encrypted);
        await Task.WhenAll(used.Select(async (lane, i) =>
        {
            var joiner = cast.Get(lane.Joiner!);
            var share = Lanes.ShareOf(times, used.Count, i);
            for (var n = 1; n <= share; n++)
            {
                var sample = await OneAsync(joiner, lane.Talker, lane.Group, encrypted, used.Count == 1 ? $"attempt {n}" : $"lane {i + 1}, attempt {n}");
                parts.Add(sample);
                kpi.Record(Metric.LateEntry, sample.Total);
            }
        }));
        kpi.Explain(Metric.LateEntry, parts.Note());
        return used.Count;
    }

    private async Task<LateEntrySample> OneAsync(CastMember joiner, CastMember talker, GroupName group, bool encrypted, string attempt)
    {
        await fleet.DeaffiliateAsync(joiner.Name, group);
        var log = fleet.Log(joiner);
        var from = log.Count;
        var clock = session.Target.Clock;
        var asked = clock.GetUtcNow();
        await fleet.AffiliateAsync(joiner.Name, group);
        var connected = await log.WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, from, session.Timeout,
            $"{joiner.Name} to enter the ongoing call on {group} ({attempt})");
        var callId = connected.Call.Call.CallId;
        var taken = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.CallId == callId && f.TalkerMcpttId == talker.McpttId, from, session.Timeout,
            $"{joiner.Name} to be told {talker.Name} is talking on {group} ({attempt})");
        var heard = await log.WaitAsync(e => e.Media is { PlayedAt: not null } m && m.Packet.CallId == callId && m.Packet.SenderMcpttId == talker.McpttId, from, session.Timeout,
            $"{joiner.Name} to hear {talker.Name} on {group} ({attempt})");
        var keyed = encrypted ? await holdings.KeyGivenSinceAsync(joiner, group, asked) : asked;
        return new LateEntrySample(
            Since(asked, connected.ObservedAt.ToDateTimeOffset()),
            Since(asked, taken.ObservedAt.ToDateTimeOffset()),
            Since(asked, heard.Media.PlayedAt.ToDateTimeOffset()),
            Since(asked, keyed));
    }

    private async Task<(CastMember Talker, string CallId)> TalkerAsync(GroupName group)
    {
        var call = await calls.ActiveCallAsync(group);
        return cast.Members.FirstOrDefault(m => m.McpttId == call?.TalkerMcpttId && m.Kind != MemberKind.AirwaveRadio) is { } talker
            ? (talker, call!.CallId)
            : throw new ExpectationFailedException($"Nobody on an ESN terminal is talking on {group}: late entry is measured into a call with a talker (add e.g. 'Given \"...\" is talking on {group}').");
    }

    private static double Since(DateTimeOffset from, DateTimeOffset to) => (to - from).TotalMilliseconds;
}
