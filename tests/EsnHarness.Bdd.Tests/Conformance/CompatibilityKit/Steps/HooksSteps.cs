namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class HooksSteps
{
    [BeforeScenario]
    public void Before()
    {
    }

    [When("a step passes")]
    public void Passes()
    {
    }

    [When("a step fails")]
    public void Fails() => throw new InvalidOperationException("Exception in step");

    [AfterScenario]
    public void After()
    {
    }
}
