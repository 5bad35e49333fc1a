namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class RetryAmbiguousSteps
{
    [Given("an ambiguous step")]
    public void First()
    {
    }

    [Given("an ambiguous step", ExpressionType = ExpressionType.CucumberExpression)]
    public void Second()
    {
    }
}
