namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class MultipleFeaturesSteps
{
    [Given("an order for {string}")]
    public void Order(string item) => ArgumentNullException.ThrowIfNull(item);
}
