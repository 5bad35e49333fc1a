using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: the emergency button, imminent peril, emergency alerts, their acknowledgement and cancellation.</summary>
public sealed class Emergencies(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>How long "nothing arrives" is watched for: what the system sent went out with what did arrive.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    /// <summary>The emergency button: an emergency alert with location and an emergency group call with the floor.</summary>
    public async Task PressEmergencyAsync(UserName name, GroupName group)
    {
        await RaiseAlertAsync(name, group, silent: false, $"raise {name}'s emergency alert on {group}");
        await calls.StartGroupCallAsync(name, group, CallType.EmergencyGroup);
    }

    /// <summary>A silent lone-worker alert: the terminal raises a silent emergency alert; nothing else is asked of it.</summary>
    public Task RaiseSilentAlertAsync(UserName name, GroupName group) => RaiseAlertAsync(name, group, silent: true, $"raise {name}'s silent lone-worker alert on {group}");

    /// <summary>Declares imminent peril: an imminent-peril group call with the floor.</summary>
    public Task DeclareImminentPerilAsync(UserName name, GroupName group) => calls.StartGroupCallAsync(name, group, CallType.ImminentPerilGroup);

    /// <summary>Cancels <paramref name="target"/>'s emergency (alert and call priority) as <paramref name="actor"/>.</summary>
    public async Task CancelEmergencyAsync(UserName actor, UserName target, GroupName group)
    {
        fleet.MarkAction();
        var by = cast.Get(actor);
        var whose = cast.Get(target);
        await Rpc.CallAsync(() => _mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest { McpttId = by.McpttId, TargetMcpttId = whose.McpttId, GroupId = group.Value }).ResponseAsync,
            $"cancel {target}'s emergency as {actor}");
        if (await calls.ActiveCallAsync(group) is { Emergency: true } call)
        {
            await Rpc.CallAsync(() => _mcx.CancelEmergencyCallAsync(new CancelEmergencyCallRequest { McpttId = by.McpttId, CallId = call.CallId }).ResponseAsync,
                $"cancel the emergency call on {group} as {actor}");
        }
    }

    /// <summary>Waits until a console of <paramref name="room"/> shows an emergency alert from the user; returns the alert and how long it took.</summary>
    public async Task<AlertSeen> ExpectAlertAtAsync(ControlRoom room, UserName from, TimeSpan within)
    {
        var sender = cast.Get(from);
        var console = cast.Consoles(room)[0];
        // An Airwave radio user's alert comes from the ESN identity their radio shows under and names the radio as its origin.
        var e = await fleet.Log(console).WaitAsync(e => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == sender.McpttId
                && (sender.Kind != MemberKind.AirwaveRadio || a.Alert.Origin.Contains(sender.DeviceId, StringComparison.Ordinal)),
            0, within, $"{room} to receive an emergency alert from {from} (as '{sender.McpttId}')");
        var alert = e.EmergencyAlert.Alert;
        var delay = e.ObservedAt.ToDateTime() - alert.RaisedAt.ToDateTime();
        return new AlertSeen(from.Value, alert.GroupId, alert.Location is null ? null : new Position(alert.Location.LatitudeDeg, alert.Location.LongitudeDeg, alert.Location.AltitudeM), delay);
    }

    /// <summary>Waits until <paramref name="viewer"/>'s terminal or console is told that <paramref name="whose"/> emergency
    /// alert was cancelled (the cancelled alert on its downlink, whoever cancelled it).</summary>
    public Task ExpectCancelSeenAsync(CastMember viewer, UserName whose, string who)
    {
        var owner = cast.Get(whose);
        return fleet.Log(viewer).WaitAsync(e => e.EmergencyAlert is { Alert.Cancelled: true } a && a.Alert.McpttId == owner.McpttId, 0, session.Timeout,
            $"{who} to be told {whose}'s emergency was cancelled");
    }

    /// <summary>The group's active (uncancelled) emergency alerts and whether the call is in emergency or imminent peril.</summary>
    public async Task<EmergencyInfo> EmergencyStateAsync(GroupName group)
    {
        var state = await _mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = group.Value });
        return new EmergencyInfo(state.InEmergency, state.InImminentPeril, state.Alerts.Where(a => !a.Cancelled).Select(a => cast.Describe(a.McpttId)).ToArray());
    }

    /// <summary>Fails if the user's terminal reported an audible indication (an alert tone or alarm) since the last action.</summary>
    public Task ExpectNoAudibleIndicationAsync(UserName name)
    {
        var member = cast.Get(name);
        return fleet.Log(member).ExpectNoneAsync(e => e.AudibleIndication is not null, fleet.Mark(member), Quiet, $"audible indication at the terminal of {name}");
    }

    /// <summary>
    /// Fails if a call was set up for the user's alert since the last action: the MCX service holds a call on the group or
    /// one the user takes part in, or the user's terminal was offered or put into a call.
    /// </summary>
    public async Task ExpectNoCallAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        var up = (await Rpc.CallAsync(() => _mcx.ListCallsAsync(new ListCallsRequest()).ResponseAsync, "list the MCX service's calls"))
            .Calls.Where(c => c.GroupId == group.Value || c.Participants.Contains(member.McpttId) || c.InitiatorMcpttId == member.McpttId).ToList();
        if (up.Count > 0)
        {
            throw new ExpectationFailedException($"The MCX service set up a call for {name}'s alert: {string.Join("; ", up.Select(c => $"{c.CallType} {c.CallId} on {(c.GroupId.Length > 0 ? c.GroupId : "a private call")} with {string.Join(", ", c.Participants.Select(cast.Describe))}"))}.");
        }

        await fleet.Log(member).ExpectNoneAsync(e => e.Call is { Kind: CallEventKind.Connected or CallEventKind.Incoming }, fleet.Mark(member), Quiet,
            $"call offered to or set up at the terminal of {name}");
    }

    /// <summary>
    /// The dispatchers' consoles among the group's members receive the user's alert; no other member's terminal (the user's
    /// own aside) receives it since the last action.
    /// </summary>
    public async Task ExpectOnlyDispatchersAlertedAsync(GroupName group, UserName from, IReadOnlyList<CastMember> members)
    {
        var sender = cast.Get(from);
        var consoles = members.Where(m => m.Kind == MemberKind.Console).ToList();
        if (consoles.Count == 0)
        {
            throw new ArgumentException($"{group} has no dispatcher among its members in this scenario, so nobody should receive a silent alert.");
        }

        bool IsTheAlert(DeviceEvent e) => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == sender.McpttId;
        await Task.WhenAll(consoles.Select(c => fleet.Log(c).WaitAsync(IsTheAlert, fleet.Mark(c), session.Timeout, $"{c.Name}'s console to receive the alert from {from}")));
        await Task.WhenAll(members.Where(m => m.Kind == MemberKind.Terminal && m.McpttId != sender.McpttId)
            .Select(m => fleet.Log(m).ExpectNoneAsync(IsTheAlert, fleet.Mark(m), Quiet, $"alert from {from} at the terminal of {m.Name} (not a dispatcher)")));
    }

    /// <summary>The dispatcher acknowledges <paramref name="target"/>'s active emergency alert.</summary>
    public async Task AcknowledgeEmergencyAsync(UserName dispatcher, UserName target)
    {
        fleet.MarkAction();
        var by = cast.Get(dispatcher);
        var whose = cast.Get(target);
        await Rpc.CallAsync(() => _mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = by.McpttId, TargetMcpttId = whose.McpttId }).ResponseAsync,
            $"acknowledge {target}'s emergency as {dispatcher}");
    }

    /// <summary>Waits until the user's terminal shows their own alert acknowledged; returns who acknowledged it.</summary>
    public async Task<string> ExpectAcknowledgedAsync(UserName name)
    {
        var member = cast.Get(name);
        var e = await fleet.Log(member).WaitAsync(e => e.EmergencyAlert is { Alert: { Acknowledged: true } a } && a.McpttId == member.McpttId, 0, session.Timeout,
            $"{name}'s terminal to show their emergency acknowledged");
        return cast.Describe(e.EmergencyAlert.Alert.AcknowledgedBy);
    }

    /// <summary>The user's active emergency alert as the MCX service holds it (on the group their terminal raised it on).</summary>
    /// <exception cref="ExpectationFailedException">The user raised no alert in this scenario, or it is no longer active.</exception>
    public async Task<EmergencyAlert> ActiveAlertOfAsync(UserName name)
    {
        var member = cast.Get(name);
        var raised = fleet.Log(member).Last(e => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == member.McpttId)
            ?? throw new ExpectationFailedException($"{name}'s terminal shows no emergency alert of theirs in this scenario.");
        var group = raised.EmergencyAlert.Alert.GroupId;
        var state = await Rpc.CallAsync(() => _mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = group }).ResponseAsync, $"read the emergency state of \"{group}\"");
        return state.Alerts.FirstOrDefault(a => a.McpttId == member.McpttId && !a.Cancelled)
            ?? throw new ExpectationFailedException($"{name}'s emergency alert on \"{group}\" is no longer active.");
    }

    private async Task RaiseAlertAsync(UserName name, GroupName group, bool silent, string what)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        await Rpc.CallAsync(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value, Silent = silent }).ResponseAsync, what);
    }
}
