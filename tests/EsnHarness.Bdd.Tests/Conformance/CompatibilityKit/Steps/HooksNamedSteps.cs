namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class HooksNamedSteps
{
    [BeforeScenario(Name = "A named before hook")]
    public void Before()
    {
    }

    [When("a step passes")]
    public void Passes()
    {
    }

    [AfterScenario(Name = "A named after hook")]
    public void After()
    {
    }
}
