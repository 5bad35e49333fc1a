using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Parallel lanes for call set-up measurements (KPI2, set-up success): copies of a group (same configuration, same
/// members, each member affiliated as on the original), so the same talker sets up independent calls at once (up to
/// the profile's simultaneous-call limit), each a full call through the MCX, every sample and outcome recorded as if
/// run one after another. (KPI1/KPI3 lanes copy the terminals as well: see <see cref="OpenLanesAsync"/>.) A measurement
/// is bounded: past its budget the remaining attempts are not started and the step fails saying so.
/// </summary>
public sealed partial class Terminals
{
    /// <summary>At most this many lanes (the original group and its copies): a user's profile allows 4 simultaneous calls (N6, TS 24.379).</summary>
    private const int MaxCallSetupLanes = 4;

    /// <summary>Wall-clock budget of one repeated measurement.</summary>
    private static readonly TimeSpan MeasurementBudget = TimeSpan.FromSeconds(40);

    /// <summary>The group and up to <see cref="MaxCallSetupLanes"/> - 1 copies, about one lane per ten attempts.</summary>
    internal async Task<IReadOnlyList<GroupName>> CallSetupLanesAsync(GroupName group, Groups groups, int attempts)
    {
        var count = Math.Clamp(attempts / 10, 1, MaxCallSetupLanes);
        var lanes = new List<GroupName> { group };
        if (count == 1)
        {
            return lanes;
        }

        var members = groups.Members(group).Where(m => m.Kind != MemberKind.AirwaveRadio).ToArray();
        var affiliated = new List<UserName>();
        foreach (var m in members)
        {
            var (_, on, _) = await StateAsync(m.Name);
            if (on.Contains(group.Value))
            {
                affiliated.Add(m.Name);
            }
        }

        for (var k = 2; k <= count; k++)
        {
            lanes.Add(await groups.CopyAsync(group, $"{group.Value}~lane{k}"));
        }

        await Task.WhenAll(lanes.Skip(1).SelectMany(lane => affiliated.Select(m => AffiliateAsync(m, lane))));
        return lanes;
    }

    /// <summary>Runs attempts 1..<paramref name="times"/> spread over the lanes, each lane one attempt at a time, within the budget.</summary>
    private async Task RunLanesAsync(IReadOnlyList<GroupName> lanes, int times, Func<GroupName, int, Task> attempt)
    {
        var next = 0;
        var started = 0;
        var clock = session.Target.Clock;
        var deadline = clock.GetUtcNow() + MeasurementBudget;
        await Task.WhenAll(lanes.Select(async lane =>
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
                $"Only {started} of {times} attempts were started within the {MeasurementBudget.TotalSeconds:0} s budget of one measurement ({lanes.Count} at once): the system under test is too slow or stuck.");
        }
    }

    /// <summary>One PTT press on a lane's call (set up if none), waiting for Floor Granted; returns the call and the press and grant times.</summary>
    private async Task<(string CallId, DateTime Pressed, DateTime Granted)> PressOnLaneAsync(CastMember member, GroupName lane, int attempt)
    {
        var from = Log(member).Count;
        var ptt = await Call(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = lane.Value }).ResponseAsync,
            $"press PTT for {member.Name} on {lane} (attempt {attempt})");
        _callGroups.TryAdd(ptt.CallId, lane.Value);
        var granted = await Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted } f && f.CallId == ptt.CallId, from, session.Timeout,
            $"{member.Name} to be granted the floor on {lane} (attempt {attempt})");
        return (ptt.CallId, ptt.At.ToDateTime(), granted.ObservedAt.ToDateTime());
    }

    /// <summary>Releases PTT in a call and waits for the terminal to leave the floor.</summary>
    private async Task ReleaseOnLaneAsync(CastMember member, string callId, int attempt)
    {
        var from = Log(member).Count;
        await Call(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = callId }).ResponseAsync,
            $"release PTT for {member.Name} (attempt {attempt})");
        await Log(member).WaitAsync(e => e.FloorState is { To: "HasNoPermission" or "StartStop" } s && s.CallId == callId
                || e.Call is { Kind: CallEventKind.Ended } c && c.Call.CallId == callId, from, session.Timeout,
            $"{member.Name}'s floor release to complete (attempt {attempt})");
    }
}
