namespace EsnHarness.Bdd;

/// <summary>One selected pickle (one scenario or one example row): the unit of a run and of an NUnit test case.</summary>
/// <param name="Id">The pickle id in the run's message stream.</param>
/// <param name="Uri">Feature file path relative to the base directory, <c>/</c> separators.</param>
/// <param name="Line">Line of the scenario, or of the example row for an outline.</param>
/// <param name="Name">Pickle name.</param>
/// <param name="Tags">Tags with the leading <c>@</c>, inherited ones included.</param>
/// <param name="FeatureName">Name of the feature.</param>
/// <param name="ExampleValues">Header to value of the example row; empty for a plain scenario.</param>
/// <param name="ExampleRow">1-based row number within its Examples table; 0 for a plain scenario.</param>
public sealed record DiscoveredPickle(
    string Id,
    string Uri,
    int Line,
    string Name,
    IReadOnlyList<string> Tags,
    string FeatureName,
    IReadOnlyDictionary<string, string> ExampleValues,
    int ExampleRow)
{
    /// <summary>A name that tells example rows apart: <c>Name (row 2: a=1, b=2)</c>.</summary>
    public string DisplayName => ExampleRow == 0
        ? Name
        : $"{Name} (row {ExampleRow}: {string.Join(", ", ExampleValues.Select(kv => $"{kv.Key}={kv.Value}"))})";

    /// <summary><c>uri:line</c>, the form accepted back as a selection.</summary>
    public string Location => $"{Uri}:{Line}";
}
