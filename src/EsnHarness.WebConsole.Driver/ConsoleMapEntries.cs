namespace EsnHarness.WebConsole.Driver;

/// <summary>Every entry a console map gives: the things the control-room steps find on a dispatcher console's screen.</summary>
public static class ConsoleMapEntries
{
    private static readonly string[] Group = [Placeholders.Group];
    private static readonly string[] User = [Placeholders.User];

    /// <summary>The entries, in the order the documentation lists them.</summary>
    public static IReadOnlyList<ConsoleMapEntry> All { get; } =
    [
        new("groupTile", "the tile (panel) of one monitored group", Group),
        new("talker", "the field showing who talks on the group (identity, functional alias, agency), or that the group is idle", Group),
        new("pttButton", "the push-to-talk control of the group, pressed and held to talk", Group),
        new("floorState", "what the floor answered the dispatcher's PTT on the group: granted, queued, denied", Group),
        new("audio", "the group's audio meter: whose voice the console receives or sends in the latest burst, with the count of frames (e.g. 'Receiving audio from PC Patel: 37 frames', 'Sent audio: 12 frames reached the MCX')", Group),
        new("emergencyBanner", "the banner of a user's emergency alert, shown until a dispatcher acknowledges it", User, "while the user's emergency alert is unacknowledged"),
        new("acknowledgeButton", "the control that acknowledges the user's emergency alert", User, "while the user's emergency alert is unacknowledged"),
        new("messageList", "the list of status and SDS messages received and sent", []),
        new("messageItem", "one message in the message list (looked for inside messageList)", [], "once a message has arrived"),
        new("messageRecipient", "the field naming who a new message goes to (a group or a user)", []),
        new("messageText", "the field holding the text of a new message", []),
        new("messageSend", "the control that sends the new message", []),
        new("callTarget", "the field naming the user a private call goes to", []),
        new("callButton", "the control that starts the private call", []),
        new("answerButton", "the control that answers an incoming private call from the user", User, "while a private call from the user rings"),
        new("declineButton", "the control that declines an incoming private call from the user", User, "while a private call from the user rings"),
        new("endCallButton", "the control that ends the private call with the user", User, "during a private call with the user"),
        new("callAudio", "the audio meter of the connected private call with the user (shown only once the call is connected), in the words of the group's audio meter", User, "while a private call with the user is connected"),
        new("patchFirst", "the field choosing the first group of a patch", []),
        new("patchSecond", "the field choosing the second group of a patch", []),
        new("patchButton", "the control that patches the two chosen groups", []),
        new("patchMarker", "the mark on a group showing it is patched", Group, "while the group is patched"),
        new("plan", "the plan (map) of London with the units' last known positions", []),
        new("unitMarker", "the marker of a user's unit on the plan; its text or accessible name holds the position", User, "once the user's terminal has reported a position"),
        new("broadcastButton", "the control that starts a broadcast call on the group (only the dispatcher talks), pressed and held to talk", Group, Optional: true),
        new("cancelEmergencyButton", "the control that cancels the user's emergency (the dispatcher's authority, not the user's)", User, "while the user's emergency is active", Optional: true),
        new("cancelledEmergency", "the mark showing that the user's emergency was cancelled", User, "once the user's emergency has been cancelled", Optional: true),
        new("callAutomatic", "the option of the private call form for automatic commencement (the called terminal answers at once), a checkbox", [], Optional: true),
        new("messageReadReceipt", "the option of the message form asking the recipient for a read receipt as well as delivery, a checkbox", [], Optional: true),
        new("monitorGroup", "the field naming a group the dispatcher asks the console to monitor (affiliate to)", [], Optional: true),
        new("monitorButton", "the control that makes the console monitor the named group", [], Optional: true),
        new("monitorResult", "the console's answer to monitoring a group: 'Monitoring {group}', or 'Not monitoring {group}: ' and the reason the MCX gave", [], Optional: true),
        new("affiliateUser", "the field naming the user the dispatcher affiliates to a group (remote affiliation)", [], Optional: true),
        new("affiliateGroup", "the field naming the group the user is affiliated to (remote affiliation)", [], Optional: true),
        new("affiliateButton", "the control that affiliates the named user to the named group", [], Optional: true),
        new("affiliateResult", "the console's answer to a remote affiliation, reading '{user} affiliated to {group}' once the MCX did it", [], Optional: true),
        new("listenUser", "the field naming the user whose terminal the dispatcher listens to (remotely initiated ambient listening, TS 23.379 §10.14)", [], Optional: true),
        new("listenButton", "the control that starts listening to the named user's terminal", [], Optional: true),
        new("listeningCall", "the mark showing the console listens to the user's terminal", User, "while the console listens to the user's terminal", Optional: true),
        new("callPttButton", "the push-to-talk control of the connected private or listening call with the user, pressed and held to talk", User, "while a call with the user is connected", Optional: true),
        new("callFloorState", "what the floor answered the dispatcher's PTT in the call with the user: granted, queued, or denied with the TS 24.380 cause in words (e.g. 'denied (receive only)')", User, "while a call with the user is connected", Optional: true),
        new("handoverTo", "the field naming the dispatcher an incident is handed over to (a display name or MCPTT ID)", [], Optional: true),
        new("handoverIncident", "the field holding the reference of the incident handed over", [], Optional: true),
        new("handoverDetails", "the field holding the handover's details, one 'field: value' line per field", [], Optional: true),
        new("handoverSend", "the control that sends the handover (a structured SDS asking for a read receipt)", [], Optional: true),
        new("handoverList", "the list of incident handovers received from other control rooms", [], Optional: true),
        new("handoverItem", "one received handover (looked for inside handoverList): its reference, the sending control room and dispatcher, and one 'field: value' line per field", [], "once a handover has arrived", Optional: true),
        new("handoverRead", "the control inside a handoverItem that reads the handover (the sender is told it was read)", [], "while the handover is unread", Optional: true),
    ];

    /// <summary>The entry of that name, or null.</summary>
    public static ConsoleMapEntry? Find(string name) => All.FirstOrDefault(e => e.Name == name);
}
