namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>Steps of the backgrounds, rules-backgrounds and multiple-features samples.</summary>
[Binding]
public sealed class OrderSteps
{
    [Given("an order for {string}")]
    public void Order(string item) => ArgumentNullException.ThrowIfNull(item);

    [When("an action")]
    public void Action()
    {
    }

    [Then("an outcome")]
    public void Outcome()
    {
    }
}
