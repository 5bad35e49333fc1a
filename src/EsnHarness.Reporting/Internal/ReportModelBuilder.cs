using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// Turns an indexed message stream into features and scenarios with their results: every feature document in stream
/// order with its pickles and the scenarios the selection left out; then the parse errors.
/// </summary>
internal sealed class ReportModelBuilder(IEnumerable<Envelope> envelopes, IReadOnlyList<string> inputNames, RequirementVocabulary vocabulary)
{
    public ReportModel Build()
    {
        var index = MessageIndex.Build(envelopes);
        var documents = index.Documents.ToDictionary(d => d.Key, d => DocumentIndex.Build(d.Value), StringComparer.Ordinal);
        var steps = new StepAssembler(index);
        var picklesByUri = index.Pickles.GroupBy(p => p.Uri).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var uris = index.DocumentOrder.Concat(index.Pickles.Select(p => p.Uri)).Distinct(StringComparer.Ordinal);
        var features = new List<FeatureReport>();
        foreach (var uri in uris)
        {
            var pickles = picklesByUri.GetValueOrDefault(uri, []);
            documents.TryGetValue(uri, out var doc);
            var scenarios = pickles.Select(p => BuildScenario(p, doc, steps)).ToList();
            if (index.Documents.TryGetValue(uri, out var document))
            {
                var pickled = pickles.Select(p => UnselectedScenarios.Key(p.AstNodeIds ?? [])).ToHashSet(StringComparer.Ordinal);
                var unselected = UnselectedScenarios.Of(document, pickled).Select(s => s with { Requirement = RequirementTags.FromTags(s.Tags, vocabulary) });
                scenarios = [.. scenarios.Concat(unselected).OrderBy(s => s.Line)];
            }

            if (scenarios.Count > 0)
            {
                features.Add(BuildFeature(uri, index, documents, scenarios));
            }
        }

        var parseErrors = index.ParseErrors
            .Select(e => new ParseErrorReport(e.Source?.Uri ?? "?", (int)(e.Source?.Location?.Line ?? 0), (int)(e.Source?.Location?.Column ?? 0), StripLocation(e.Message)))
            .ToList();
        return new ReportModel(RunMetadataReader.Read(index, inputNames), features, parseErrors) { Vocabulary = vocabulary };
    }

    private FeatureReport BuildFeature(string uri, MessageIndex index,
        Dictionary<string, DocumentIndex> documents, List<ScenarioReport> scenarios)
    {
        index.Documents.TryGetValue(uri, out var doc);
        var feature = doc?.Feature;
        var rules = documents.TryGetValue(uri, out var docIndex) ? docIndex.Rules : [];
        var tags = (feature?.Tags ?? []).Select(t => t.Name).ToList();
        return new FeatureReport(uri, FeatureCapability.Of(uri, tags, vocabulary), feature?.Name ?? Path.GetFileNameWithoutExtension(uri),
            DocumentIndex.Dedent(feature?.Description), tags, rules, scenarios);
    }

    private ScenarioReport BuildScenario(Pickle pickle, DocumentIndex? doc, StepAssembler steps)
    {
        var astIds = pickle.AstNodeIds ?? [];
        var line = (int)(pickle.Location?.Line ?? 0);
        string? rule = null;
        var description = string.Empty;
        if (doc is not null && astIds.Count > 0)
        {
            doc.RuleOfScenario.TryGetValue(astIds[0], out rule);
            description = doc.DescriptionOfScenario.GetValueOrDefault(astIds[0], string.Empty);
            if (doc.LineOfNode.TryGetValue(astIds[^1], out var nodeLine))
            {
                line = nodeLine;
            }
        }
        var tags = (pickle.Tags ?? []).Select(t => t.Name).ToList();
        var (status, duration, stepReports) = steps.Assemble(pickle, doc);
        return new ScenarioReport(pickle.Id, pickle.Name, pickle.Uri, rule, line, tags,
            RequirementTags.FromTags(tags, vocabulary), status, duration, stepReports, description);
    }

    /// <summary>The parser's message starts with "(line:column): "; the report has the location on its own.</summary>
    private static string StripLocation(string message) =>
        message.StartsWith('(') && message.IndexOf("): ", StringComparison.Ordinal) is > 0 and var end ? message[(end + 3)..] : message;
}
