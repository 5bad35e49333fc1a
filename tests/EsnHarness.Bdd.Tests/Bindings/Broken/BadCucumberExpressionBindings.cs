namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class BadCucumberExpressionBindings
{
    [Given("a {int step", ExpressionType = ExpressionType.CucumberExpression)]
    public void Step()
    {
    }
}
