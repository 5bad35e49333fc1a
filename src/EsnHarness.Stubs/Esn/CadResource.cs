namespace EsnHarness.Stubs.Esn;

/// <summary>A resource as an agency's CAD holds it in its register.</summary>
/// <param name="Agency">LAS, LFB or MPS.</param>
/// <param name="Callsign">The resource's callsign, e.g. <c>RRU43</c>.</param>
/// <param name="McpttId">The MCPTT ID of the resource's terminal (how a CAD gateway reaches it on ESN).</param>
/// <param name="StatusCode">The status code CAD holds for it, or null before its first status.</param>
/// <param name="Status">The status text CAD holds for it (from the agency's table), or null before its first status.</param>
public sealed record CadResource(string Agency, string Callsign, string McpttId, uint? StatusCode, string? Status);
