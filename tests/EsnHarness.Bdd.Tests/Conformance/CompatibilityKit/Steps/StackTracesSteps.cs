namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class StackTracesSteps
{
    [When("a step throws an exception")]
    public void Throws() => throw new InvalidOperationException("BOOM");
}
