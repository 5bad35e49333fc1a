namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>What a PTT press is for: a monitored group (a broadcast call on it, when <paramref name="Broadcast"/>), or a private call.</summary>
internal sealed record PttTarget(string? GroupId, string? CallId, bool Broadcast = false)
{
    public string Key => GroupId is { } group ? $"{(Broadcast ? "broadcast" : "group")}:{group}" : $"call:{CallId}";

    public static PttTarget Group(string groupId, bool broadcast = false) => new(groupId, null, broadcast);

    public static PttTarget Call(string callId) => new(null, callId);
}
