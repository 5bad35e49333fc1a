namespace EsnHarness.Targets;

/// <summary>The <c>controlRoom</c> role's web console as written in esn.json: <c>"web": "embedded"</c> or the console's URL,
/// and <c>"map"</c>, the console map file (relative to esn.json; absent = the reference console's own map).</summary>
public sealed record WebConsoleDefinition(string Web, string? Map);
