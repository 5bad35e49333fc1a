namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class SkippedSteps
{
    [Given("a step that does not skip")]
    public void NotSkip()
    {
    }

    [Given("a step that is skipped")]
    public void Skipped()
    {
    }

    [Given("I skip a step")]
    public void Skip() => throw new SkipScenarioException();
}
