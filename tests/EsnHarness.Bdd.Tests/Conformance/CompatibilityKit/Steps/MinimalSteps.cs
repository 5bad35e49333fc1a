namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class MinimalSteps
{
    [Given("I have {int} cukes in my belly")]
    public void Cukes(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);
}
