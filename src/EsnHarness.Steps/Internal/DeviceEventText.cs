using System.Globalization;
using System.Text;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// A terminal's event in the catalogue's words, one line: "14:02:03.120 PC Patel: Floor Granted on MPS-LX-OPS1 (call 3)".
/// People are named as the feature names them; a call is named by its group where the scenario knows it.
/// </summary>
/// <param name="owner">Whose terminal observed the events.</param>
/// <param name="cast">Names for MCPTT IDs.</param>
/// <param name="groupOfCall">The group of a call ID, when known.</param>
internal sealed class DeviceEventText(UserName owner, Cast cast, Func<string, string?> groupOfCall)
{
    public string Describe(DeviceEvent e)
    {
        var at = e.ObservedAt?.ToDateTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) ?? "--:--:--.---";
        return $"{at} {owner.Value}: {What(e)}";
    }

    private string What(DeviceEvent e) => e.EventCase switch
    {
        DeviceEvent.EventOneofCase.Floor => Floor(e.Floor),
        DeviceEvent.EventOneofCase.FloorState =>
            $"floor {State(e.FloorState.FromState)} -> {State(e.FloorState.ToState)} ({e.FloorState.Reason}){On(e.FloorState.CallId)}",
        DeviceEvent.EventOneofCase.DirectMode => DirectMode(e.DirectMode),
        DeviceEvent.EventOneofCase.Call => Call(e.Call),
        DeviceEvent.EventOneofCase.Media => e.Media.AudioMuted
            ? $"receives {Who(e.Media.Packet.SenderMcpttId)} without playing (audio select; burst {e.Media.Packet.BurstId}){On(e.Media.Packet.CallId)}"
            : $"hears {Who(e.Media.Packet.SenderMcpttId)} (burst {e.Media.Packet.BurstId}){On(e.Media.Packet.CallId)}",
        DeviceEvent.EventOneofCase.Message => Message(e.Message),
        DeviceEvent.EventOneofCase.Disposition =>
            $"{Words(e.Disposition.Notification.Status)} from {Who(e.Disposition.Notification.RecipientMcpttId)} for message {e.Disposition.Notification.MessageId}",
        DeviceEvent.EventOneofCase.EmergencyAlert => Alert(e.EmergencyAlert.Alert),
        DeviceEvent.EventOneofCase.Affiliation => Affiliation(e.Affiliation.Affiliation),
        DeviceEvent.EventOneofCase.Connectivity => Connectivity(e.Connectivity),
        DeviceEvent.EventOneofCase.AudibleIndication => $"sounds: {e.AudibleIndication.Reason}",
        DeviceEvent.EventOneofCase.CallBack =>
            $"call-back request from {Who(e.CallBack.CallBack.RequesterMcpttId)} to {Who(e.CallBack.CallBack.TargetMcpttId)}: {Words(e.CallBack.CallBack.State)}",
        DeviceEvent.EventOneofCase.SelectedGroup => $"selected group switched to {e.SelectedGroup.GroupId} by {Who(e.SelectedGroup.ChangedBy)}",
        DeviceEvent.EventOneofCase.AmbientListening =>
            $"(not shown) {(e.AmbientListening.Started ? "listened to" : "no longer listened to")} by {Who(e.AmbientListening.ListenerMcpttId)} (call {e.AmbientListening.CallId})",
        DeviceEvent.EventOneofCase.NetworkStatus =>
            $"network status: {Words(e.NetworkStatus.Kind)} {(e.NetworkStatus.TerminalId.Length > 0 ? $"of {Device(e.NetworkStatus.TerminalId)}" : e.NetworkStatus.SiteId)} ({e.NetworkStatus.Reason})",
        DeviceEvent.EventOneofCase.GroupPatch =>
            $"{(e.GroupPatch.Patch.Removed ? "patch removed" : "patch made")}: {string.Join(" + ", e.GroupPatch.Patch.GroupIds)} by {Who(e.GroupPatch.Patch.Removed ? e.GroupPatch.Patch.RemovedBy : e.GroupPatch.Patch.CreatedBy)}",
        _ => e.EventCase.ToString(),
    };

    private string Floor(FloorEvent f) => f.Kind switch
    {
        FloorEventKind.Granted => $"Floor Granted{On(f.CallId)}",
        FloorEventKind.Taken => $"Floor Taken by {Who(f.TalkerMcpttId)}{On(f.CallId)}",
        FloorEventKind.Deny => $"Floor Deny, {new FloorCauseCode((int)f.Cause)}{On(f.CallId)}",
        FloorEventKind.Revoke => $"Floor Revoke, {new FloorCauseCode((int)f.Cause)}{On(f.CallId)}",
        FloorEventKind.Idle => $"Floor Idle{On(f.CallId)}",
        FloorEventKind.QueuePositionInfo => $"queued at position {f.QueuePosition}{On(f.CallId)}",
        _ => $"floor message {f.Kind}{On(f.CallId)}",
    };

    private string Call(CallEvent c)
    {
        var call = c.Call is null ? "a call" : CallName(c.Call);
        return c.Kind switch
        {
            CallEventKind.Incoming => $"offered {call} by {Who(c.Call?.InitiatorMcpttId ?? "")}",
            CallEventKind.Connected => $"in {call}",
            CallEventKind.ParticipantJoined => $"{Who(c.ParticipantMcpttId)} joined {call}",
            CallEventKind.ParticipantLeft => $"{Who(c.ParticipantMcpttId)} left {call}",
            CallEventKind.Ended => $"{call} ended ({Words(c.Cause)})",
            CallEventKind.Rejected => $"{call} refused ({Words(c.Cause)})",
            CallEventKind.EmergencyCancelled => $"emergency priority of {call} cancelled",
            CallEventKind.Upgraded => $"{call} upgraded to {Words(c.Call?.CallType ?? default)}",
            _ => $"{Words(c.Kind)} {call}",
        };
    }

    private string CallName(CallInfo call) => call.GroupId.Length > 0
        ? $"the {(call.OffNetwork ? "direct-mode " : "")}{Words(call.CallType)} call on {call.GroupId} (call {call.CallId})"
        : $"the {(call.OffNetwork ? "direct-mode " : "")}{Words(call.CallType)} call of {Who(call.InitiatorMcpttId)} (call {call.CallId})";

    private static string DirectMode(DirectModeChange d) => d.Active
        ? $"in direct mode on {d.GroupId} ({Words(d.Reason)})"
        : $"back on the network from direct mode on {d.GroupId} ({Words(d.Reason)}){(d.OnNetworkCallId.Length > 0 ? $", in call {d.OnNetworkCallId}" : "")}";

    /// <summary>A floor participant state; off-network ones as TS 24.380 names them ("O: has permission").</summary>
    private static string State(FloorParticipantState state)
    {
        var name = state.ToString();
        return name.Length > 1 && name[0] == 'O' && char.IsUpper(name[1]) ? $"O: {Words(state)[2..]}" : Words(state);
    }

    private string Message(ReceivedMessage m)
    {
        var sds = m.Message;
        var what = sds.Kind == SdsPayloadKind.Status ? $"status {sds.StatusCode}" : $"SDS \"{Shortened(sds.Payload.ToStringUtf8())}\"";
        var to = sds.GroupId.Length > 0 ? $" on {sds.GroupId}" : "";
        return $"received {what} from {Who(sds.SenderMcpttId)}{to}{(m.DuplicatesDiscarded > 0 ? $" ({m.DuplicatesDiscarded} duplicates discarded)" : "")}";
    }

    private string Alert(EmergencyAlert a)
    {
        var whose = a.Origin.Length > 0 ? a.Origin : Who(a.McpttId);
        return a.Cancelled ? $"emergency alert of {whose} on {a.GroupId} cancelled by {Who(a.CancelledBy)}"
            : a.Acknowledged ? $"emergency alert of {whose} on {a.GroupId} acknowledged by {Who(a.AcknowledgedBy)}"
            : $"emergency alert from {whose} on {a.GroupId}";
    }

    private string Affiliation(Contracts.Mcx.V1.Affiliation a) =>
        $"{Words(a.State)} to {a.GroupId}{(a.ChangedBy.Length > 0 && a.ChangedBy != a.McpttId ? $" by {Who(a.ChangedBy)}" : "")}";

    private static string Connectivity(ConnectivityEvent c)
    {
        var link = c.Link;
        var where = link is null ? "" : $" at {link.PlaceId}{(link.GatewayId.Length > 0 ? $" through {link.GatewayId}" : "")}";
        return $"{Words(c.Kind)}{where}{(link is { Reason.Length: > 0 } ? $" ({link.Reason})" : "")}";
    }

    private string On(string callId) =>
        callId.Length == 0 ? "" : groupOfCall(callId) is { } group ? $" on {group} (call {callId})" : $" (call {callId})";

    private string Who(string mcpttId) => mcpttId.Length == 0 ? "nobody" : cast.ByMcpttId(mcpttId)?.Name.Value ?? mcpttId;

    private string Device(string deviceId) => cast.Members.FirstOrDefault(m => m.DeviceId == deviceId)?.Name.Value ?? deviceId;

    private static string Shortened(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>An enum value in plain words: HasNoPermission -> "has no permission".</summary>
    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(name[i]));
        }

        return words.ToString();
    }
}
