namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>What a PTT press is for: a monitored group, or a private call.</summary>
internal sealed record PttTarget(string? GroupId, string? CallId)
{
    public string Key => GroupId is { } group ? $"group:{group}" : $"call:{CallId}";

    public static PttTarget Group(string groupId) => new(groupId, null);

    public static PttTarget Call(string callId) => new(null, callId);
}
