namespace EsnHarness.Steps.WebConsoles;

/// <summary>What an embedded web console needs to serve one dispatcher position of a scenario.</summary>
/// <param name="McpttId">The dispatcher's MCPTT ID.</param>
/// <param name="Agency">MPS, LFB or LAS.</param>
/// <param name="DisplayName">The dispatcher's name as the feature writes it.</param>
/// <param name="ControlRoom">MetCC, LFB Control or LAS EOC.</param>
/// <param name="Namespace">The scenario's namespace on the MCX (its isolated world).</param>
/// <param name="AccessToken">IdMS token the position presents on registration; empty when the scenario requires none. A secret.</param>
/// <param name="User">The user name that logs in to the console.</param>
/// <param name="Password">The password that logs in to the console. A secret.</param>
public sealed record WebConsoleSeatRequest(string McpttId, string Agency, string DisplayName, string ControlRoom, string Namespace, string AccessToken, string User, string Password)
{
    /// <inheritdoc />
    public override string ToString() => $"{DisplayName} at {ControlRoom} ({McpttId}, namespace {Namespace})";
}
