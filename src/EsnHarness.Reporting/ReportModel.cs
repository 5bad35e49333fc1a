using EsnHarness.Reporting.Internal;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting;

/// <summary>
/// Everything the reports show, derived from Cucumber Messages: the features in the order the run
/// compiled them, each pickle with its steps, results, evidence and attachments, and the run metadata.
/// </summary>
public sealed class ReportModel
{
    internal ReportModel(RunMetadata run, IReadOnlyList<FeatureReport> features, IReadOnlyList<ParseErrorReport> parseErrors)
    {
        Run = run;
        Features = features;
        ParseErrors = parseErrors;
    }

    /// <summary>When, where and how the run happened.</summary>
    public RunMetadata Run { get; }

    /// <summary>Features in run order.</summary>
    public IReadOnlyList<FeatureReport> Features { get; }

    /// <summary>Feature files that did not parse (the run did not pass because of them).</summary>
    public IReadOnlyList<ParseErrorReport> ParseErrors { get; }

    /// <summary>The words the scenarios' tags were read with (agencies, priorities, capabilities, sources).</summary>
    public RequirementVocabulary Vocabulary { get; init; } = RequirementVocabulary.Default;

    /// <summary>Every scenario of every feature: the run's pickles and, when the selection left some out, the others as not run.</summary>
    public IEnumerable<ScenarioReport> Scenarios => Features.SelectMany(f => f.Scenarios);

    /// <summary>
    /// Loads one or more NDJSON files. Several files are shards of one run and are merged first
    /// (see <see cref="NdjsonMerger"/>). Throws <see cref="ReportInputException"/> with a one-line
    /// message naming the file and line for malformed input.
    /// </summary>
    /// <param name="ndjsonPaths">The runs' NDJSON files.</param>
    /// <param name="vocabulary">The words to read tags with; <see cref="RequirementVocabulary.Default"/> when null.</param>
    public static ReportModel Load(IEnumerable<string> ndjsonPaths, RequirementVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(ndjsonPaths);
        var paths = ndjsonPaths.ToList();
        if (paths.Count == 0)
        {
            throw new ReportInputException("no NDJSON input given");
        }
        var envelopes = paths.Count == 1
            ? NdjsonSerializer.ReadFile(paths[0]).ToList()
            : NdjsonMerger.Merge(paths).ToList();
        return FromEnvelopes(envelopes, paths.Count == 1 ? [Path.GetFileName(paths[0])] : [], vocabulary);
    }

    /// <summary>Builds the model from envelopes already in memory (one run, or a merged stream).</summary>
    /// <param name="envelopes">The messages in stream order.</param>
    /// <param name="inputNames">Names of the inputs, used when the stream carries no merge record.</param>
    /// <param name="vocabulary">The words to read tags with; <see cref="RequirementVocabulary.Default"/> when null.</param>
    public static ReportModel FromEnvelopes(IEnumerable<Envelope> envelopes, IReadOnlyList<string>? inputNames = null, RequirementVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(envelopes);
        return new ReportModelBuilder(envelopes, inputNames ?? [], vocabulary ?? RequirementVocabulary.Default).Build();
    }
}
