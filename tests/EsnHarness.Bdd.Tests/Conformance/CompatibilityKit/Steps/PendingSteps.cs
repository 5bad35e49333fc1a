namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class PendingSteps
{
    [Given("an implemented non-pending step")]
    public void Implemented()
    {
    }

    [Given("an implemented step that is skipped")]
    public void Skipped()
    {
    }

    [Given("an unimplemented pending step")]
    public void Pending() => throw new PendingStepException();
}
