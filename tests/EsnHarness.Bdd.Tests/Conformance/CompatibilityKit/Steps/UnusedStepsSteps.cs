namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class UnusedStepsSteps
{
    [Given("a step that is used")]
    public void Used()
    {
    }

    [Given("a step that is not used")]
    public void NotUsed()
    {
    }
}
