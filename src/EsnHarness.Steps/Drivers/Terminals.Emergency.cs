using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Emergency button, imminent peril and emergency alerts.</summary>
public sealed partial class Terminals
{
    /// <summary>The emergency button: an emergency alert with location and an emergency group call with the floor.</summary>
    public async Task PressEmergencyAsync(UserName name, GroupName group)
    {
        MarkAction();
        var member = cast.Get(name);
        await Call(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"raise {name}'s emergency alert on {group}");
        await StartGroupCallAsync(name, group, CallType.EmergencyGroup);
    }

    /// <summary>A silent lone-worker alert: the emergency alert only, no call.</summary>
    public async Task RaiseSilentAlertAsync(UserName name, GroupName group)
    {
        MarkAction();
        var member = cast.Get(name);
        await Call(() => _devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"raise {name}'s lone-worker alert on {group}");
    }

    /// <summary>Declares imminent peril: an imminent-peril group call with the floor.</summary>
    public Task DeclareImminentPerilAsync(UserName name, GroupName group) => StartGroupCallAsync(name, group, CallType.ImminentPerilGroup);

    /// <summary>Cancels <paramref name="target"/>'s emergency (alert and call priority) as <paramref name="actor"/>.</summary>
    public async Task CancelEmergencyAsync(UserName actor, UserName target, GroupName group)
    {
        MarkAction();
        var by = cast.Get(actor);
        var whose = cast.Get(target);
        await Call(() => _mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest { McpttId = by.McpttId, TargetMcpttId = whose.McpttId, GroupId = group.Value }).ResponseAsync,
            $"cancel {target}'s emergency as {actor}");
        if (await ActiveCallAsync(group) is { Emergency: true } call)
        {
            await Call(() => _mcx.CancelEmergencyCallAsync(new CancelEmergencyCallRequest { McpttId = by.McpttId, CallId = call.CallId }).ResponseAsync,
                $"cancel the emergency call on {group} as {actor}");
        }
    }

    /// <summary>Waits until a console of <paramref name="room"/> shows an emergency alert from the user; returns the alert and how long it took.</summary>
    public async Task<AlertSeen> ExpectAlertAtAsync(ControlRoom room, UserName from, TimeSpan within)
    {
        var sender = cast.Get(from);
        var console = cast.Consoles(room)[0];
        var e = await Log(console).WaitAsync(e => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == sender.McpttId
                || e.EmergencyAlert is { Alert.Cancelled: false } b && sender.Kind == MemberKind.AirwaveRadio && b.Alert.Origin.Contains(sender.DeviceId, StringComparison.Ordinal),
            0, within, $"{room} to receive an emergency alert from {from}");
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
    public async Task ExpectNoCallAsync(UserName name)
    {
        var member = cast.Get(name);
        await Log(member).ExpectNoneAsync(e => e.Call is { Kind: CallEventKind.Connected or CallEventKind.Incoming } || e.Media is not null, Mark(member),
            TimeSpan.FromMilliseconds(200), $"call or voice on the terminal of {name}");
    }
}
