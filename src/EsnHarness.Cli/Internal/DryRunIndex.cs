using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>A dry run's pickles with what the static rules need of each: its test case (the matched arguments) and the
/// Background steps of every document.</summary>
internal sealed class DryRunIndex
{
    private readonly Dictionary<string, TestCase> _testCases;
    private readonly HashSet<string> _backgroundSteps;

    public DryRunIndex(IReadOnlyList<Envelope> envelopes)
    {
        Pickles = [.. envelopes.Select(envelope => envelope.Pickle).OfType<Pickle>()];
        _testCases = envelopes.Select(envelope => envelope.TestCase).OfType<TestCase>()
            .GroupBy(testCase => testCase.PickleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        _backgroundSteps = envelopes.Select(envelope => envelope.GherkinDocument).OfType<GherkinDocument>()
            .SelectMany(StaticParticipants.BackgroundStepIds).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every pickle, in the run's order.</summary>
    public IReadOnlyList<Pickle> Pickles { get; }

    /// <summary>The agencies that take part in the pickle, and the problems met reading them.</summary>
    public (IReadOnlyDictionary<string, string> Agencies, IReadOnlyList<string> Problems) Participants(Pickle pickle) =>
        StaticParticipants.Of(pickle, _testCases.GetValueOrDefault(pickle.Id), _backgroundSteps);
}
