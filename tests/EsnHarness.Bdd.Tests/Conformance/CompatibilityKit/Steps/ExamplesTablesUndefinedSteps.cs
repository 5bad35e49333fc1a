namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class ExamplesTablesUndefinedSteps
{
    [Given("there are {int} cucumbers")]
    public void Cucumbers(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

    [When("I eat {int} cucumbers")]
    public void Eat(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

    [Then("I should have {int} cucumbers")]
    public void Left(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);
}
