using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>One feature file after parsing: its source, document and pickles, or its parse error.</summary>
internal sealed record LoadedFeature(
    string Uri,
    Messages.Source Source,
    Messages.GherkinDocument? Document,
    IReadOnlyList<LoadedPickle> Pickles,
    ParseProblem? Problem,
    IReadOnlySet<int> SelectedLines);
