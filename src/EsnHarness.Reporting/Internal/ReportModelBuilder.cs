using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>Turns an indexed message stream into features and scenarios with their results.</summary>
internal sealed class ReportModelBuilder(IEnumerable<Envelope> envelopes, IReadOnlyList<string> inputNames, RequirementVocabulary vocabulary)
{
    public ReportModel Build()
    {
        var index = MessageIndex.Build(envelopes);
        var documents = index.Documents.ToDictionary(d => d.Key, d => DocumentIndex.Build(d.Value), StringComparer.Ordinal);
        var steps = new StepAssembler(index);
        var scenariosByUri = new Dictionary<string, List<ScenarioReport>>(StringComparer.Ordinal);
        var uriOrder = new List<string>();
        foreach (var pickle in index.Pickles)
        {
            if (!scenariosByUri.TryGetValue(pickle.Uri, out var list))
            {
                scenariosByUri[pickle.Uri] = list = [];
                uriOrder.Add(pickle.Uri);
            }
            documents.TryGetValue(pickle.Uri, out var doc);
            list.Add(BuildScenario(pickle, doc, index, steps));
        }
        var features = uriOrder.Select(uri => BuildFeature(uri, index, documents, scenariosByUri[uri])).ToList();
        return new ReportModel(RunMetadataReader.Read(index, inputNames), features) { Vocabulary = vocabulary };
    }

    private static FeatureReport BuildFeature(string uri, MessageIndex index,
        Dictionary<string, DocumentIndex> documents, List<ScenarioReport> scenarios)
    {
        index.Documents.TryGetValue(uri, out var doc);
        var feature = doc?.Feature;
        var rules = documents.TryGetValue(uri, out var docIndex) ? docIndex.Rules : [];
        return new FeatureReport(uri, CapabilityOf(uri), feature?.Name ?? Path.GetFileNameWithoutExtension(uri),
            DocumentIndex.Dedent(feature?.Description), [.. (feature?.Tags ?? []).Select(t => t.Name)], rules, scenarios);
    }

    private ScenarioReport BuildScenario(Pickle pickle, DocumentIndex? doc, MessageIndex index, StepAssembler steps)
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

    /// <summary>Capability = the first folder under <c>features/</c>.</summary>
    public static string CapabilityOf(string uri)
    {
        var parts = uri.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "features");
        return at >= 0 && at + 2 < parts.Length ? parts[at + 1] : "other";
    }
}
