namespace EsnHarness.WebConsole;

/// <summary>The dispatcher position the console registers on the MCX service.</summary>
/// <param name="McpttId">The dispatcher's MCPTT ID, e.g. <c>sip:metcc-1@mps.esn.gov.uk</c>.</param>
/// <param name="Agency">MPS, LFB or LAS.</param>
/// <param name="DisplayName">The name other terminals show; empty = the MCPTT ID.</param>
/// <param name="ControlRoom">The control room, e.g. MetCC, LFB Control, LAS EOC (shown in the header).</param>
/// <param name="FunctionalAlias">The functional alias the dispatcher is active under; empty for none.</param>
public sealed record DispatcherPosition(string McpttId, string Agency, string DisplayName, string ControlRoom, string FunctionalAlias = "");
