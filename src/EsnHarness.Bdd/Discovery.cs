using EsnHarness.Bdd.Internal;

namespace EsnHarness.Bdd;

/// <summary>The result of discovering features: the selected pickles, files that failed to parse, and line selections that point at nothing.</summary>
/// <param name="Pickles">The selected pickles, in run order.</param>
/// <param name="ParseErrors">Feature files the parser rejected.</param>
/// <param name="SelectionProblems">Every <c>path:line</c> that selects no scenario, example row, examples table, rule or feature.</param>
public sealed record Discovery(IReadOnlyList<DiscoveredPickle> Pickles, IReadOnlyList<ParseProblem> ParseErrors, IReadOnlyList<SelectionProblem> SelectionProblems)
{
    /// <summary>The parsed features behind this discovery (set by <see cref="GherkinRunner.Discover"/>), for a run of them.</summary>
    internal PreparedFeatures? Prepared { get; init; }
}
