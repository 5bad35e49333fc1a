using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Call set-up measurements (KPI2, set-up success) on parallel lanes (see <see cref="OpenLanesAsync"/>: a copy of the
/// talker and the group's members at the same places, on a copy of the group). Each lane's talker sets up one call at a
/// time, so no user ever holds more than one floor (N7) and every sample is a full call through the MCX. A measurement
/// is bounded: past its budget the remaining attempts are not started and the step fails saying so.
/// </summary>
public sealed partial class Terminals
{
    /// <summary>Wall-clock budget of one repeated measurement.</summary>
    private static readonly TimeSpan MeasurementBudget = TimeSpan.FromSeconds(40);

    /// <summary>Runs attempts 1..<paramref name="times"/> spread over the lanes, each lane one attempt at a time, within the budget.</summary>
    private async Task RunLanesAsync(IReadOnlyList<(UserName Talker, GroupName Group)> lanes, int times, Func<(UserName Talker, GroupName Group), int, Task> attempt)
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

    /// <summary>One PTT press on a lane's group (the call is set up with it), waiting for Floor Granted; returns the call and the press and grant times.</summary>
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
}
