using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>One feature file after parsing: its source, document and pickles, or its parse errors.</summary>
internal sealed record LoadedFeature(
    string Uri,
    Messages.Source Source,
    Messages.GherkinDocument? Document,
    IReadOnlyList<LoadedPickle> Pickles,
    IReadOnlyList<ParseProblem> Problems,
    IReadOnlySet<int> SelectedLines);
