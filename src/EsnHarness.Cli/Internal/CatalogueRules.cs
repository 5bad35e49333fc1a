using EsnHarness.Bdd;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>The rules a requirement in the catalogue must follow, checked over a dry run's messages.</summary>
internal static class CatalogueRules
{
    /// <summary>The problems of the dry run's scenarios; priorities are <paramref name="vocabulary"/>'s (esn.json).</summary>
    public static IReadOnlyList<string> Check(DryRunIndex index, RunSummary summary, Reporting.RequirementVocabulary vocabulary)
    {
        var priorities = vocabulary.Priorities.Select(priority => "@" + priority).ToList();
        var problems = new List<string>();
        var locations = summary.Results.ToDictionary(result => result.Pickle.Id, result => result.Pickle.Location, StringComparer.Ordinal);
        var owners = new Dictionary<string, (string Scenario, string Location)>(StringComparer.Ordinal);
        foreach (var pickle in index.Pickles)
        {
            var tags = pickle.Tags.Select(tag => tag.Name).ToList();
            var where = locations.GetValueOrDefault(pickle.Id, pickle.Uri);
            var ids = tags.Where(tag => tag.StartsWith("@REQ-", StringComparison.Ordinal)).ToList();
            if (ids.Count == 0)
            {
                problems.Add($"{where}: scenario '{pickle.Name}' has no requirement ID tag (@REQ-...)");
            }
            else if (ids.Count > 1)
            {
                problems.Add($"{where}: scenario '{pickle.Name}' has several requirement IDs: {string.Join(' ', ids)}");
            }

            if (!tags.Any(tag => priorities.Contains(tag, StringComparer.Ordinal)))
            {
                problems.Add($"{where}: scenario '{pickle.Name}' has no priority tag ({string.Join(", ", priorities)})");
            }

            var honesty = AgencyTagRule.Problems(index.Participants(pickle), tags, vocabulary.Agencies)
                .Concat(SourceTagRule.Problems(tags, vocabulary.SourcePrefixes));
            problems.AddRange(honesty.Select(problem => $"{where}: scenario '{pickle.Name}' {problem}"));

            // The rows of one Scenario Outline share its ID: an ID is only duplicated across different scenarios.
            var scenario = pickle.Uri + "#" + pickle.AstNodeIds[0];
            foreach (var id in ids)
            {
                if (owners.TryGetValue(id, out var owner) && owner.Scenario != scenario)
                {
                    problems.Add($"{where}: requirement ID {id} is also used by the scenario at {owner.Location}");
                }
                else
                {
                    owners.TryAdd(id, (scenario, where));
                }
            }
        }

        // Every undefined step once (however many scenarios use it), every ambiguous one per scenario, each with its whole
        // explanation: the closest existing steps, a snippet, or the definitions that compete.
        var undefined = summary.Results
            .SelectMany(result => (result.Steps ?? []).Where(step => step.Status == ScenarioStatus.Undefined).Select(step => (Step: step, Where: result.Pickle.Location)))
            .GroupBy(x => UndefinedStepsPrinter.WithoutKeyword(x.Step.Text), StringComparer.Ordinal);
        foreach (var step in undefined)
        {
            var places = step.Select(x => x.Where).Distinct(StringComparer.Ordinal).ToList();
            var also = places.Count > 1 ? $" (also at {string.Join(", ", places.Skip(1))})" : string.Empty;
            problems.Add($"{places[0]}: undefined step: {step.First().Step.Text}{also}{Detail(step.First().Step.Message)}");
        }

        foreach (var result in summary.Results.Where(result => result.Status == ScenarioStatus.Ambiguous))
        {
            problems.Add($"{result.Pickle.Location}: ambiguous step: {result.FailedStep}{Detail(result.Message)}");
        }

        return problems;
    }

    /// <summary>The explanation after its first line (which repeats the step), indented under the problem.</summary>
    private static string Detail(string? message) =>
        string.IsNullOrWhiteSpace(message) ? string.Empty : string.Concat(message.Split('\n').Skip(1).Select(line => "\n    " + line.TrimEnd()));
}
