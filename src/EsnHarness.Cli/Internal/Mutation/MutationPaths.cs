using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>Feature paths with line filters that select exactly some scenarios of a pass.</summary>
internal static class MutationPaths
{
    public static List<string> Of(IEnumerable<ScenarioResult> results, string baseDirectory) =>
        results.GroupBy(r => r.Pickle.Uri, StringComparer.Ordinal)
            .Select(file => $"{Path.Combine(baseDirectory, file.Key)}:{string.Join(':', file.Select(r => r.Pickle.Line).Distinct())}")
            .ToList();
}
