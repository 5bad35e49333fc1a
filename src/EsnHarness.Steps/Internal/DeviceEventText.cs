using System.Text;
using EsnHarness.Contracts.Device.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// A terminal's event as one line in the catalogue's words ("FF Jones affiliated to FLON-OPS01", "floor granted (talker
/// PC Patel)"), for failure messages; the raw protobuf goes to the failure's diagnostics instead.
/// </summary>
internal static class DeviceEventText
{
    public static string Describe(DeviceEvent e, Func<string, string> person) => e.EventCase switch
    {
        DeviceEvent.EventOneofCase.Floor => $"floor {Words(e.Floor.Kind)}"
            + (e.Floor.TalkerMcpttId.Length > 0 ? $" (talker {person(e.Floor.TalkerMcpttId)})" : string.Empty)
            + (e.Floor.QueuePosition > 0 ? $", queue position {e.Floor.QueuePosition}" : string.Empty)
            + (e.Floor.Cause != default ? $", cause {Words(e.Floor.Cause)}" : string.Empty),
        DeviceEvent.EventOneofCase.FloorState => $"floor state {Words(e.FloorState.From)} to {Words(e.FloorState.To)}",
        DeviceEvent.EventOneofCase.Call => $"call {Words(e.Call.Kind)}"
            + (e.Call.Call?.GroupId is { Length: > 0 } group ? $" on {group}" : " (private)")
            + (e.Call.ParticipantMcpttId.Length > 0 ? $" ({person(e.Call.ParticipantMcpttId)})" : string.Empty)
            + (e.Call.Cause != default ? $", cause {Words(e.Call.Cause)}" : string.Empty),
        DeviceEvent.EventOneofCase.Media => $"voice from {person(e.Media.Packet?.SenderMcpttId ?? "?")}",
        DeviceEvent.EventOneofCase.Message => Sds(e.Message, person),
        DeviceEvent.EventOneofCase.Disposition => $"{Words(e.Disposition.Notification?.Status)} report from {person(e.Disposition.Notification?.RecipientMcpttId ?? "?")}",
        DeviceEvent.EventOneofCase.EmergencyAlert => $"emergency alert {(e.EmergencyAlert.Alert?.Cancelled == true ? "cancelled" : "raised")} by {person(e.EmergencyAlert.Alert?.McpttId ?? "?")} on {e.EmergencyAlert.Alert?.GroupId}",
        DeviceEvent.EventOneofCase.Affiliation => $"{person(e.Affiliation.Affiliation?.McpttId ?? "?")} {Words(e.Affiliation.Affiliation?.State)} to {e.Affiliation.Affiliation?.GroupId}",
        DeviceEvent.EventOneofCase.Connectivity => $"{Words(e.Connectivity.Kind)}"
            + (e.Connectivity.Link is { } link ? $" at {link.PlaceId} ({Words(link.Coverage)}, {(link.InService ? "in service" : "out of service")})" : string.Empty),
        DeviceEvent.EventOneofCase.NetworkStatus => $"network status: {Words(e.NetworkStatus.Kind)} {e.NetworkStatus.SiteId}{e.NetworkStatus.TerminalId}".TrimEnd()
            + (e.NetworkStatus.Reason.Length > 0 ? $" ({e.NetworkStatus.Reason})" : string.Empty),
        _ => e.EventCase.ToString(),
    };

    private static string Sds(ReceivedMessage received, Func<string, string> person)
    {
        var message = received.Message;
        if (message is null)
        {
            return "SDS";
        }

        var text = message.StatusCode > 0 ? $"status {message.StatusCode}" : $"\"{Shorten(message.Payload.ToStringUtf8())}\"";
        return $"SDS {text} from {person(message.SenderMcpttId)}{(message.GroupId.Length > 0 ? $" on {message.GroupId}" : string.Empty)}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>An enum value in words: <c>NotAffiliated</c> becomes "not affiliated".</summary>
    internal static string Words(object? value)
    {
        var name = value?.ToString() ?? "?";
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
