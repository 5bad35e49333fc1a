namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class SkippedFailingHookSteps
{
    [Given("a step that skips")]
    public void Skips() => throw new SkipScenarioException();

    [AfterScenario]
    public void After() => throw new InvalidOperationException("whoops");
}
