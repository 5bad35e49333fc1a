namespace EsnHarness.WebConsole.Internal.State;

/// <summary>What the screen shows, as sent to it (JSON over server-sent events) after every change.</summary>
internal sealed record ConsoleSnapshot(
    long Version,
    ConsoleSnapshot.MeView Me,
    string Connection,
    string ConnectionDetail,
    string Notice,
    IReadOnlyList<ConsoleSnapshot.GroupView> Groups,
    IReadOnlyList<ConsoleSnapshot.AlertView> Alerts,
    IReadOnlyList<ConsoleSnapshot.CancelledView> Cancelled,
    IReadOnlyList<ConsoleSnapshot.MessageView> Messages,
    IReadOnlyList<ConsoleSnapshot.HandoverView> Handovers,
    IReadOnlyList<ConsoleSnapshot.CallView> Calls,
    IReadOnlyList<ConsoleSnapshot.UnitView> Units,
    IReadOnlyList<ConsoleSnapshot.PatchView> Patches,
    IReadOnlyList<ConsoleSnapshot.PlaceView> Places)
{
    internal sealed record MeView(string Id, string Name, string Agency, string ControlRoom);

    internal sealed record GroupView(string Id, string? CallId, UserCard? Talker, bool Mine, string Floor, string FloorDetail, bool EmergencyCall, string? PatchedWith, AudioView? Audio);

    internal sealed record AudioView(UserCard From, bool Outgoing, bool Live, int Frames);

    internal sealed record AlertView(UserCard User, string Group, DateTimeOffset RaisedAt, bool Acknowledged, UserCard? AcknowledgedBy, double? Lat, double? Lon);

    internal sealed record CancelledView(UserCard User, string Group, UserCard? By);

    internal sealed record MessageView(string Id, DateTimeOffset At, bool Outgoing, UserCard From, string To, string Text, bool Status, IReadOnlyList<string> Dispositions);

    internal sealed record HandoverView(string MessageId, DateTimeOffset At, string Incident, string FromRoom, UserCard From, IReadOnlyList<FieldView> Fields, bool Read);

    internal sealed record FieldView(string Name, string Value);

    internal sealed record CallView(string CallId, UserCard Peer, string State, bool Listening, UserCard? Talker, bool Mine, string Floor, string FloorDetail, AudioView? Audio);

    internal sealed record UnitView(UserCard User, double Lat, double Lon, DateTimeOffset At, string Trigger);

    internal sealed record PatchView(string Id, IReadOnlyList<string> Groups, UserCard By);

    internal sealed record PlaceView(string Name, double Lat, double Lon);
}
