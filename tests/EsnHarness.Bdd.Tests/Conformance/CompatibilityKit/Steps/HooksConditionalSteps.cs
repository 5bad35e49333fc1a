namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class HooksConditionalSteps
{
    [BeforeScenario("@passing-hook")]
    public void PassingBefore()
    {
    }

    [BeforeScenario("@fail-before")]
    public void FailBefore() => throw new InvalidOperationException("Exception in conditional hook");

    [When("a step passes")]
    public void Passes()
    {
    }

    [AfterScenario("@fail-after")]
    public void FailAfter() => throw new InvalidOperationException("Exception in conditional hook");

    [AfterScenario("@passing-hook")]
    public void PassingAfter()
    {
    }
}
