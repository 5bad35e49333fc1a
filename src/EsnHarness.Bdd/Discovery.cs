namespace EsnHarness.Bdd;

/// <summary>The result of discovering features: the selected pickles and any files that failed to parse.</summary>
public sealed record Discovery(IReadOnlyList<DiscoveredPickle> Pickles, IReadOnlyList<ParseProblem> ParseErrors);
