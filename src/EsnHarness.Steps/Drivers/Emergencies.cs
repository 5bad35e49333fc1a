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

    /// <summary>The emergency button: an emergency alert with location and an emergency group call with the floor.</summary>
    public async Task PressEmergencyAsync(UserName name, GroupName group)
    {
        await RaiseAlertAsync(name, group, $"raise {name}'s emergency alert on {group}");
        await calls.StartGroupCallAsync(name, group, CallType.EmergencyGroup);
    }

    /// <summary>A silent lone-worker alert: the emergency alert only, no call.</summary>
    public Task RaiseSilentAlertAsync(UserName name, GroupName group) => RaiseAlertAsync(name, group, $"raise {name}'s lone-worker alert on {group}");

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

    /// <summary>The group's active (uncancelled) emergency alerts and whether the call is in emergency or imminent peril.</summary>
    public async Task<EmergencyInfo> EmergencyStateAsync(GroupName group)
    {
        var state = await _mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = group.Value });
        return new EmergencyInfo(state.InEmergency, state.InImminentPeril, state.Alerts.Where(a => !a.Cancelled).Select(a => cast.Describe(a.McpttId)).ToArray());
    }

    /// <summary>Fails if the user's terminal was put into a call or played voice since the last action (a silent alert must not).</summary>
    public Task ExpectNoCallAsync(UserName name)
    {
        var member = cast.Get(name);
        return fleet.Log(member).ExpectNoneAsync(e => e.Call is { Kind: CallEventKind.Connected or CallEventKind.Incoming } || e.Media is not null, fleet.Mark(member),
            TimeSpan.FromMilliseconds(200), $"call or voice on the terminal of {name}");
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

    private async Task RaiseAlertAsync(UserName name, GroupName group, string what)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        await Rpc.CallAsync(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, what);
    }
}
