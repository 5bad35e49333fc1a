using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A TETRA terminal on the Airwave side of the scenario: a person's radio, or a dispatcher's Airwave console.</summary>
/// <param name="Name">The person as the feature names them.</param>
/// <param name="Agency">Their service.</param>
/// <param name="Issi">The terminal's ISSI.</param>
/// <param name="Talkgroup">The talkgroup it is attached to.</param>
/// <param name="IsConsole">True for a control room's Airwave console, false for a radio.</param>
/// <param name="McpttId">The ESN identity its traffic shows under: the MCPTT ID the interworking function maps the ISSI to, else the bridge's own.</param>
public sealed record TetraTerminal(UserName Name, Agency Agency, string Issi, string Talkgroup, bool IsConsole, string McpttId)
{
    /// <summary>"PC Doyle's Airwave radio" or "MetCC Dispatcher Ward's Airwave console".</summary>
    public override string ToString() => $"{Name.Value}'s Airwave {(IsConsole ? "console" : "radio")}";
}
