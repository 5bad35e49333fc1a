namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class ReaderBindings(SharedState state, ScenarioContext scenario)
{
    [Then("the reader sees {int}")]
    public void Sees(int value)
    {
        if (state.Value != value)
        {
            throw new InvalidOperationException($"reader saw {state.Value}");
        }
    }

    [Then("the scenario context knows the example row")]
    public void KnowsRow()
    {
        var row = string.Join(",", scenario.ExampleValues.Select(kv => $"{kv.Key}={kv.Value}"));
        if (row != "n=7" || scenario.FeatureName != "DI" || scenario.Uri != "di.feature" || !scenario.Tags.Contains("@di"))
        {
            throw new InvalidOperationException($"context: {scenario.Name} {row} {scenario.FeatureName} {scenario.Uri}");
        }
    }
}
