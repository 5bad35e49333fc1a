using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: dispatcher positions at control-room sites through the device contract: audio select (which monitored
/// group is played), a site cut off from ESN, the positions coming up at the fallback site, and what the MCX gives them
/// there (the calls in progress and the open emergencies of their groups).
/// </summary>
public sealed class ControlRoomPositions(TerminalFleet fleet, NetworkDriver network, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>The dispatcher selects a group on the console: its audio is played and PTT transmits on it.</summary>
    public async Task SelectAsync(UserName dispatcher, GroupName group)
    {
        var member = cast.Get(dispatcher);
        await Rpc.CallAsync(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"select {group} on the console of {dispatcher}");
        fleet.MarkAction();
    }

    /// <summary>The dispatcher presses PTT on the selected group (no group named), speaks a short burst and releases.</summary>
    public async Task TalkOnSelectedAsync(UserName dispatcher)
    {
        fleet.MarkAction();
        var member = cast.Get(dispatcher);
        var log = fleet.Log(member);
        var from = log.Count;
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId }).ResponseAsync, $"press PTT on {dispatcher}'s console");
        fleet.RememberCall(ptt.CallId, new GroupName((await StateAsync(member)).SelectedGroup));
        await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasPermission }, from, session.Timeout, $"{dispatcher}'s console to hold the floor");
        await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, CallId = ptt.CallId, FrameCount = 5, ReleaseAfter = true }).ResponseAsync,
            $"speak on {dispatcher}'s console");
    }

    /// <summary>The listener's first frame from the talker since the last action was played (not muted by audio select).</summary>
    public async Task ExpectPlayedAsync(UserName listener, UserName talker)
    {
        var frame = await FirstFrameAsync(listener, talker);
        if (frame.AudioMuted || frame.PlayedAt is null)
        {
            throw new ExpectationFailedException(
                $"{listener}'s console received {talker}'s voice but did not play it ({(frame.AudioMuted ? "muted by the audio select" : "discarded")}).");
        }
    }

    /// <summary>The listener's console shows the talker on the group (Floor Taken) and receives the voice, but does not play it.</summary>
    public async Task ExpectShownNotPlayedAsync(UserName listener, UserName talker, GroupName group)
    {
        var member = cast.Get(listener);
        var talkerId = cast.Get(talker).McpttId;
        await fleet.Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == talkerId && fleet.GroupOfCall(f.CallId) == group.Value,
            fleet.Mark(member), session.Timeout, $"{listener}'s console to show {talker} talking on {group}");
        var frame = await FirstFrameAsync(listener, talker);
        if (!frame.AudioMuted || frame.PlayedAt is not null)
        {
            throw new ExpectationFailedException(
                $"{listener}'s console played {talker}'s voice on {group}, a monitored group that is not the selected one: it should show the talker without playing the audio.");
        }
    }

    /// <summary>The control-room site is cut off from ESN; waits until every console logged on there has lost service.</summary>
    public async Task CutOffAsync(PlaceName site)
    {
        fleet.MarkAction();
        var positions = At(site, room: null);
        await network.CutOffSiteAsync(site);
        await Task.WhenAll(positions.Select(p => fleet.Log(p).WaitAsync(e => e.Connectivity is { Kind: ConnectivityKind.OutOfService }, fleet.Mark(p), session.Timeout,
            $"the console of {p.Name} at {site} to lose service")));
    }

    /// <summary>
    /// The room's positions at <paramref name="from"/> come up at <paramref name="to"/>: each dispatcher logs on at a console
    /// there and affiliates to the groups the failed console monitored (read from it: the position's configuration).
    /// </summary>
    public async Task RelocateAsync(ControlRoom room, PlaceName from, PlaceName to)
    {
        fleet.MarkAction();
        foreach (var position in At(from, room))
        {
            var groups = (await StateAsync(position)).AffiliatedGroups.ToArray();
            await fleet.RelocateAsync(position.Name, to);
            foreach (var group in groups)
            {
                await fleet.AffiliateAsync(position.Name, new GroupName(group));
            }
        }
    }

    /// <summary>A console of the room shows the user's emergency on the group as open: active and not acknowledged.</summary>
    public async Task ExpectOpenEmergencyAsync(ControlRoom room, UserName user, GroupName group)
    {
        var console = cast.Consoles(room)[0];
        var id = cast.Get(user).McpttId;
        var seen = await fleet.Log(console).WaitAsync(e => e.EmergencyAlert is { } a && a.Alert.McpttId == id && a.Alert.GroupId == group.Value, 0, session.Timeout,
            $"the {room} console at {fleet.PlaceOf(console)} to show the emergency of {user} on {group}");
        var latest = fleet.Log(console).Last(e => e.EmergencyAlert is { } a && a.Alert.McpttId == id && a.Alert.GroupId == group.Value)?.EmergencyAlert.Alert ?? seen.EmergencyAlert.Alert;
        if (latest.Cancelled || latest.Acknowledged)
        {
            throw new ExpectationFailedException(
                $"The {room} console shows the emergency of {user} on {group} as {(latest.Cancelled ? "cancelled" : $"acknowledged by {cast.Describe(latest.AcknowledgedBy)}")}; nobody has acknowledged it.");
        }
    }

    /// <summary>A console of the room is in the call on the group and shows the talker holding the floor.</summary>
    public async Task ExpectInCallWithTalkerAsync(ControlRoom room, GroupName group, UserName talker)
    {
        var console = cast.Consoles(room)[0];
        var log = fleet.Log(console);
        var connected = await log.WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, 0, session.Timeout,
            $"the {room} console at {fleet.PlaceOf(console)} to be in the call on {group}");
        var id = cast.Get(talker).McpttId;
        await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.CallId == connected.Call.Call.CallId && f.TalkerMcpttId == id, 0, session.Timeout,
            $"the {room} console to show {talker} talking on {group}");
    }

    /// <summary>The MCX's call on the group does not include the user, and (when <paramref name="terminal"/>: the user has one) the user's
    /// terminal was never connected to it.</summary>
    public async Task ExpectNotInCallAsync(UserName user, GroupName group, bool terminal = true)
    {
        var member = cast.Get(user);
        var calls = await Rpc.CallAsync(() => _mcx.ListCallsAsync(new ListCallsRequest { GroupId = group.Value }).ResponseAsync, $"list the calls on {group}");
        var call = calls.Calls.FirstOrDefault(c => c.State == CallState.Active)
            ?? throw new ExpectationFailedException($"There is no call in progress on {group}.");
        var connected = terminal && fleet.Log(member).Snapshot().Any(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.CallId == call.CallId);
        if (call.Participants.Contains(member.McpttId) || connected)
        {
            throw new ExpectationFailedException($"{user} is in the call on {group} ({call.CallId}): the call reaches a group it should not.");
        }
    }

    private IReadOnlyList<CastMember> At(PlaceName site, ControlRoom? room)
    {
        var positions = cast.Members.Where(m => m.Kind == MemberKind.Console && (room is null || m.ControlRoom == room)
            && string.Equals(fleet.PlaceOf(m)?.Value, site.Value, StringComparison.OrdinalIgnoreCase)).ToArray();
        return positions.Length > 0
            ? positions
            : throw new ArgumentException($"No {(room is null ? "" : room + " ")}dispatcher is at {site} in this scenario; add 'Given \"Dispatcher name\" is a dispatcher of {room?.ToString() ?? "MetCC"} at {site}'.");
    }

    private Task<DeviceState> StateAsync(CastMember member) =>
        Rpc.CallAsync(() => _devices.GetStateAsync(new DeviceRef { DeviceId = member.DeviceId }).ResponseAsync, $"read the state of {member.Name}'s console");

    private async Task<ReceivedMedia> FirstFrameAsync(UserName listener, UserName talker)
    {
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        var e = await fleet.Log(member).WaitAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == id, fleet.Mark(member), session.Timeout,
            $"{listener}'s console to receive {talker}'s voice");
        return e.Media;
    }
}
