using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Measured requirements: repeated attempts whose samples become evidence, judged at the named percentile.</summary>
[Binding]
public sealed class KpiSteps(Measurements measurements, LateEntryMeasurement lateEntry, Groups groups, Cast cast, Interworking interworking, KpiRecorder kpi, IOutputHelper output)
{
    /// <summary>KPI1 measurement.</summary>
    [When("{user} presses PTT on {group} {int} times",
        Description = "Measures KPI1 access time: each press waits for the grant, then releases. From 20 presses on, up to 10 parallel lanes (at least 10 presses each) share them: copies of the talker and the group's members at the same places on copies of the group.",
        Example = "When \"FF Jones\" presses PTT on \"FLON-OPS01\" 100 times")]
    public async Task PressMany(UserName user, GroupName group, int times)
    {
        if (cast.Get(user).Kind == MemberKind.AirwaveRadio)
        {
            await interworking.MeasureRadioAccessAsync(user, group, times, kpi);
            return;
        }

        Lanes(user, group, times, await measurements.MeasureAccessAsync(user, group, times));
    }

    private const string ContinuitySource =
        "3GPP TS 26.114 §8.2.3 (jitter buffer management: jitter-induced concealment kept low; the percentage is a London assumption)";

    private void Lanes(UserName user, GroupName group, int times, int lanes)
    {
        if (lanes > 1)
        {
            output.WriteLine($"{times} attempts shared over {lanes} parallel lanes: {user} on {group}, and {lanes - 1} copies of them, the group's members and the group at the same places.");
        }
    }

    /// <summary>KPI2 measurement.</summary>
    [When("{user} sets up {int} group calls on {group}", Description = "Measures KPI2 end-to-end access time and set-up success over repeated group calls, each a new call; from 50 on, up to 10 parallel lanes (at least 25 set-ups each, copies as for PTT presses) share them.",
        Example = "When \"FF Jones\" sets up 100 group calls on \"FLON-OPS01\"")]
    public async Task SetUpMany(UserName user, int times, GroupName group) => Lanes(user, group, times, await measurements.MeasureCallSetupsAsync(user, group, times));

    /// <summary>KPI3 measurement.</summary>
    [When("{user} talks in {int} bursts on {group}",
        Description = "Measures KPI3 mouth-to-ear latency at every other member (and KPI1 per burst); from 20 bursts on, parallel lanes share them as for PTT presses. An Airwave radio's bursts measure the interworking added latency.",
        Example = "When \"PC Patel\" talks in 100 bursts on \"MPS-CW-OPS1\"")]
    public async Task TalkMany(UserName user, int times, GroupName group)
    {
        if (cast.Get(user).Kind == MemberKind.AirwaveRadio)
        {
            await interworking.MeasureRadioBurstsAsync(user, group, times, kpi);
            return;
        }

        Lanes(user, group, times, await measurements.MeasureBurstsAsync(user, group, times));
    }

    /// <summary>KPI4 measurement.</summary>
    [When("{user} joins the ongoing call on {group} {int} times",
        Description = "Measures KPI4 late call entry: leaves and re-joins the running call (its talker keeps speaking), timing from the affiliation request until the terminal is told who talks and plays their voice (and, on an encrypted group, holds the group key from the KMS). From 20 joins on an unencrypted group, up to 4 parallel lanes share them: in each, a copy of the talker speaks on a copy of the group and a copy of the joiner re-joins.",
        Example = "When \"FF Ahmed\" joins the ongoing call on \"FLON-OPS01\" 100 times")]
    public async Task LateEntryMany(UserName user, GroupName group, int times) => Lanes(user, group, times, await lateEntry.MeasureAsync(user, group, times));

    /// <summary>Percentile verdict.</summary>
    [Then("the {percentile} percentile {metric} is below {int} ms over at least {int} attempts",
        Description = "Judges the recorded samples at the percentile against the limit; attaches the evidence JSON; fails with \"p95 = X ms, limit Y ms\".",
        Example = "Then the 95th percentile access time is below 300 ms over at least 100 attempts")]
    public void PercentileBelow(double percentile, Metric metric, int limitMs, int minCount) =>
        kpi.AssertPercentileBelow(metric, percentile, limitMs, minCount);

    /// <summary>Success-ratio verdict.</summary>
    [Then("at least {double} % of {metric} succeed over at least {int} attempts", Description = "Judges a success ratio against its floor; attaches evidence.",
        Example = "Then at least 99.9 % of group call set-ups succeed over at least 1000 attempts")]
    public void SuccessRatio(double percent, Metric metric, int minCount) => kpi.AssertSuccessRatio(metric, percent, minCount);

    /// <summary>Play-out continuity of the measured bursts.</summary>
    [Then("at least {int} % of the voice frames from {user} that arrived in time played in the talker's timing",
        Description = "Of the frames after each burst's first that the other members received by their place in the talker's timing (from the last \"talks in N bursts\"), the share that played there: no gap, overlap or repeat that a jitter buffer should have absorbed (TS 26.114 §8.2.3). Frames that arrived later are counted in the evidence, not judged. Attaches evidence.",
        Example = "Then at least 99 % of the voice frames from \"PC Patel\" that arrived in time played in the talker's timing")]
    public void PlayedInTiming(int percent, UserName talker)
    {
        _ = cast.Get(talker);
        kpi.AssertSuccessRatio(Metric.PlayoutContinuity, percent, minCount: 100, ContinuitySource);
    }

    /// <summary>Bursts heard.</summary>
    [Then("every other member of {group} heard all {int} bursts from {user}", Description = "Every other member received every burst (no burst lost).",
        Example = "Then every other member of \"MPS-CW-OPS1\" heard all 100 bursts from \"PC Patel\"")]
    public void AllBurstsHeard(GroupName group, int bursts, UserName talker)
    {
        var short_ = groups.OthersThan(group, talker)
            .Select(m => (m.Name, Heard: measurements.BurstsHeard(m.Name, talker))).Where(x => x.Heard < bursts).ToArray();
        if (short_.Length > 0)
        {
            throw new ExpectationFailedException($"Not every member heard all {bursts} bursts from {talker}: {string.Join(", ", short_.Select(x => $"{x.Name} heard {x.Heard}"))}.");
        }
    }

    /// <summary>Share of bursts heard.</summary>
    [Then("{user} heard at least {int} % of the bursts from {user}", Description = "The listener received at least that share of the talker's bursts.",
        Example = "Then \"FF Ahmed\" heard at least 95 % of the bursts from \"FF Jones\"")]
    public void ShareHeard(UserName listener, int percent, UserName talker)
    {
        var sent = measurements.BurstsSent(talker);
        var heard = measurements.BurstsHeard(listener, talker);
        kpi.AssertValue(Metric.Single("Voice bursts heard"), sent == 0 ? 0 : 100.0 * heard / sent, percent, Comparison.AtLeast);
    }
}
