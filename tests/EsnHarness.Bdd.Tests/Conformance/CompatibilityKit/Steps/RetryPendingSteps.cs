namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class RetryPendingSteps
{
    [Given("a pending step")]
    public void Pending() => throw new PendingStepException();
}
