namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class HooksUndefinedSteps
{
    [BeforeScenario]
    public void Before()
    {
    }

    [AfterScenario]
    public void After()
    {
    }
}
