namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class UndefinedSteps
{
    [Given("an implemented step")]
    public void Implemented()
    {
    }

    [Given("a step that will be skipped")]
    public void Skipped()
    {
    }
}
