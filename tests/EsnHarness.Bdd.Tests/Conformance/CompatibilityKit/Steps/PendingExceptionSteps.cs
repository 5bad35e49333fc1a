namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class PendingExceptionSteps
{
    [Given("an unimplemented pending step")]
    public void Pending() => throw new PendingStepException("TODO");
}
