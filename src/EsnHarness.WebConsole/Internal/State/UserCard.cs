namespace EsnHarness.WebConsole.Internal.State;

/// <summary>A user as the screen names them.</summary>
/// <param name="Id">MCPTT ID.</param>
/// <param name="Name">Display name (the MCPTT ID when the directory has none).</param>
/// <param name="Alias">Functional alias; empty for none.</param>
/// <param name="Agency">MPS, LFB, LAS or empty.</param>
internal sealed record UserCard(string Id, string Name, string Alias, string Agency);
