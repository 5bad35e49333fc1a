using EsnHarness.Bdd;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>The rules a requirement in the catalogue must follow, checked over a dry run's messages.</summary>
internal static class CatalogueRules
{
    /// <summary>The problems of the dry run's scenarios; priorities are <paramref name="vocabulary"/>'s (esn.json).</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<Envelope> envelopes, RunSummary summary, Reporting.RequirementVocabulary vocabulary)
    {
        var priorities = vocabulary.Priorities.Select(priority => "@" + priority).ToList();
        var problems = new List<string>();
        var locations = summary.Results.ToDictionary(result => result.Pickle.Id, result => result.Pickle.Location, StringComparer.Ordinal);
        var pickles = envelopes.Select(envelope => envelope.Pickle).OfType<Pickle>().ToList();
        var owners = new Dictionary<string, (string Scenario, string Location)>(StringComparer.Ordinal);
        foreach (var pickle in pickles)
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

        foreach (var result in summary.Results.Where(result => result.Status is ScenarioStatus.Undefined or ScenarioStatus.Ambiguous))
        {
            problems.Add($"{result.Pickle.Location}: {result.Status.ToString().ToLowerInvariant()} step: {result.FailedStep}{Detail(result.Message)}");
        }

        return problems;
    }

    private static string Detail(string? message) =>
        string.IsNullOrWhiteSpace(message) ? string.Empty : " (" + message.Split('\n')[0].Trim() + ")";
}
