namespace EsnHarness.Cli.Internal;

/// <summary>A group or person the catalogue uses: the name, its agency (or "multi-agency"), and the first feature using it.</summary>
internal sealed record WorldNamed(string Name, string Agency, string Feature);
