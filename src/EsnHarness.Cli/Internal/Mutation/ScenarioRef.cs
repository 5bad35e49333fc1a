using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>A scenario (pickle) of the mutation run, named as the reports name it.</summary>
internal sealed record ScenarioRef(string Location, string Name, string Requirement, IReadOnlyList<string> Tags)
{
    public static ScenarioRef Of(DiscoveredPickle pickle) => new(
        pickle.Location,
        pickle.DisplayName,
        pickle.Tags.FirstOrDefault(t => t.StartsWith("@REQ-", StringComparison.Ordinal))?[1..] ?? "(no requirement ID)",
        pickle.Tags);
}
