using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx.Aliases;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Location;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Floor;

/// <summary>
/// Sends one call's floor messages to its participants' downlinks. Called under the arbitrator's lock, so it only
/// enqueues (downlinks, and the leaf collaborators after the floor in the world's lock order: the
/// talker's functional alias in use and last known location); the call layer's reaction to T4 (the hang timer) runs as the
/// world's background work, outside every lock.
/// </summary>
internal sealed class CallFloorOutput(
    string callId, McxDownlinks downlinks, McxFunctionalAliases aliases, McxLocations locations, WorldScope scope, Action<string> onInactive)
    : IArbitratorOutput
{
    public void Granted(string participant, TimeSpan durationLimit) =>
        Send(participant, new FloorEvent
        {
            Kind = FloorEventKind.Granted,
            TalkerMcpttId = participant,
            DurationLimitMs = (uint)Math.Max(0, durationLimit.TotalMilliseconds),
        });

    public void Taken(string participant, string talker)
    {
        var anonymous = scope.Defects.Has(McxDefects.FloorTakenAnonymous);
        // The alias defect is consulted only when the talker has an alias in use to lose.
        var alias = anonymous ? "" : aliases.InUse(talker);
        var withoutAlias = alias.Length > 0 && scope.Defects.Has(McxCommonFunctionDefects.AliasMissingFromFloorTaken);
        Send(participant, new FloorEvent
        {
            Kind = FloorEventKind.Taken,
            TalkerMcpttId = anonymous ? "" : talker,
            TalkerFunctionalAlias = withoutAlias ? "" : alias,
            TalkerLocation = anonymous ? null : TalkerLocation(talker),
        });
    }

    public void Deny(string participant, FloorCause cause) =>
        Send(participant, new FloorEvent { Kind = FloorEventKind.Deny, Cause = FloorStates.Of(cause) });

    public void Revoke(string participant, FloorCause cause) =>
        Send(participant, new FloorEvent { Kind = FloorEventKind.Revoke, Cause = FloorStates.Of(cause) });

    public void Idle(string participant) => Send(participant, new FloorEvent { Kind = FloorEventKind.Idle });

    public void QueuePositionInfo(string participant, int position)
    {
        var told = position > 0 && scope.Defects.Has(McxDefects.QueuePositionOffByOne) ? position + 1 : position;
        Send(participant, new FloorEvent { Kind = FloorEventKind.QueuePositionInfo, QueuePosition = (uint)told });
    }

    public void CallInactive() => scope.Run($"hang timer of call {callId}", _ =>
    {
        onInactive(callId);
        return Task.CompletedTask;
    });

    /// <summary>The talker's last known location (the log-on one with the defect, consulted only when the talker has reported
    /// another since), or null when they have reported none.</summary>
    private Contracts.Common.V1.GeoLocation? TalkerLocation(string talker)
    {
        var last = locations.Last(talker).Location;
        var first = locations.First(talker).Location;
        return !Equals(first, last) && scope.Defects.Has(McxCommonFunctionDefects.TalkerLocationFromLogOn) ? first : last;
    }

    private void Send(string participant, FloorEvent e)
    {
        e.CallId = callId;
        downlinks.SendTo(participant, new McxEvent { Floor = e });
    }
}
