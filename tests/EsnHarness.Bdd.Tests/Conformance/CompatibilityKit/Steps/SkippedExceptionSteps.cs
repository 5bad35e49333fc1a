namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class SkippedExceptionSteps
{
    [Given("I skip a step")]
    public void Skip() => throw new SkipScenarioException("skipping");
}
