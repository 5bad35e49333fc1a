namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>A generated feature file: its path, text parts and scenarios (optionally inside rules).</summary>
public sealed class FeatureSpec(string uri, string name, string description, IReadOnlyList<string> tags)
{
    public string Uri { get; } = uri;
    public string Name { get; } = name;
    public string Description { get; } = description;
    public IReadOnlyList<string> Tags { get; } = tags;
    public List<ScenarioSpec> Scenarios { get; } = [];
    public Dictionary<string, string> RuleDescriptions { get; } = [];

    public ScenarioSpec Scenario(string name, params string[] tags)
    {
        var scenario = new ScenarioSpec(name, tags, rule: null);
        Scenarios.Add(scenario);
        return scenario;
    }

    public ScenarioSpec RuleScenario(string rule, string name, params string[] tags)
    {
        RuleDescriptions.TryAdd(rule, string.Empty);
        var scenario = new ScenarioSpec(name, tags, rule);
        Scenarios.Add(scenario);
        return scenario;
    }
}
