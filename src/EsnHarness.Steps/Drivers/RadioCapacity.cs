using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: mission-critical capacity of a crowded cell (esn.network.v1 SetCongestion, GetCongestion) and what
/// call-level pre-emption looks like on the pre-empted users' terminals and on dispatchers' consoles.
/// </summary>
public sealed class RadioCapacity(NetworkDriver network, TerminalFleet fleet, Cast cast, EsnSession session, IOutputHelper output)
{
    /// <summary>The ARP priority level of the other responders' traffic: nothing in the scenario may pre-empt it.</summary>
    private const uint OtherRespondersLevel = 1;

    private readonly NetworkService.NetworkServiceClient _network = new(session.Invoker(EsnRole.Network));

    /// <summary>
    /// Offers other responders' mission-critical traffic (ARP 1) in the cell serving <paramref name="place"/> so that
    /// <paramref name="room"/> voice-bearer units stay free, and checks the network reports exactly that.
    /// </summary>
    public async Task FillAsync(PlaceName place, int room)
    {
        var cell = (await network.ResolveAsync(place)).CellId;
        if (cell.Length == 0)
        {
            throw new ArgumentException($"{place} has no ESN coverage: there is no cell to fill.");
        }

        var before = await Rpc.CallAsync(() => _network.GetCongestionAsync(new GetCongestionRequest { CellId = cell }).ResponseAsync, $"read the load of cell {cell}");
        if (room < 0 || room > before.CapacityUnits)
        {
            throw new ArgumentException($"The cell at {place} ({cell}) has {before.CapacityUnits} units; room for {room} voice bearers is not possible.");
        }

        var report = await Rpc.CallAsync(() => _network.SetCongestionAsync(new SetCongestionRequest
        {
            CellId = cell,
            McLoads = { new PriorityLoad { PriorityLevel = OtherRespondersLevel, Offered = (before.CapacityUnits - room) / (double)before.CapacityUnits } },
        }).ResponseAsync, $"load the cell at {place} with other responders' traffic");
        if (report.FreeUnits != room)
        {
            throw new ExpectationFailedException($"The cell at {place} ({cell}) reports {report.FreeUnits} free units after loading it to leave {room}.");
        }

        output.WriteLine($"Cell {cell} at {place}: {report.CapacityUnits} units, {room} left free by other responders' traffic at ARP {OtherRespondersLevel}.");
    }

    /// <summary>
    /// Each user's terminal was told the call on <paramref name="group"/> ended because it was pre-empted, with a reason;
    /// returns the reasons.
    /// </summary>
    public async Task<IReadOnlyList<string>> ExpectPreemptedAsync(GroupName group, IReadOnlyList<UserName> users)
    {
        var ends = await Task.WhenAll(users.Select(async u =>
        {
            var member = cast.Get(u);
            var e = await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.GroupId == group.Value, fleet.Mark(member), session.Timeout,
                $"{u}'s call on {group} to end");
            return (User: u, e.Call);
        }));
        var wrong = ends.Where(x => x.Call.Cause != CallCause.Preempted || x.Call.Reason.Length == 0).ToList();
        if (wrong.Count > 0)
        {
            throw new ExpectationFailedException($"The call on {group} ended, but " + string.Join("; ", wrong.Select(x =>
                $"{x.User} was told {x.Call.Cause}{(x.Call.Reason.Length > 0 ? $" (\"{x.Call.Reason}\")" : " with no reason")}")) + ", not that it was pre-empted.");
        }

        return [.. ends.Select(x => x.Call.Reason)];
    }

    /// <summary>A console of <paramref name="room"/> shows the call on <paramref name="preempted"/> pre-empted by the call on <paramref name="by"/>.</summary>
    public async Task ExpectShownAsync(ControlRoom room, GroupName preempted, GroupName by)
    {
        var console = cast.Consoles(room)[0];
        var e = await fleet.Log(console).WaitAsync(e => e.Preemption is { } p && p.PreemptedGroupId == preempted.Value, fleet.Mark(console), session.Timeout,
            $"the {room} console to show the call on {preempted} pre-empted");
        if (e.Preemption.PreemptingGroupId != by.Value || e.Preemption.Reason.Length == 0)
        {
            throw new ExpectationFailedException(
                $"The {room} console shows the call on {preempted} pre-empted by a call on \"{e.Preemption.PreemptingGroupId}\" (reason \"{e.Preemption.Reason}\"), not by the call on {by}.");
        }
    }
}
