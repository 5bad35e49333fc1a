namespace EsnHarness.Cli.Internal;

/// <summary>A place of the network model: the name to type, other names, what it is, its coverage and borough.</summary>
internal sealed record WorldPlace(string Name, IReadOnlyList<string> Aliases, string Kind, string Coverage, string Borough);
