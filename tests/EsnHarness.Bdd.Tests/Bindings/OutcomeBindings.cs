namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class OutcomeBindings
{
    [Given("a passing outcome step")]
    public void Passing()
    {
    }

    [Given("a pending outcome step")]
    public void Pending() => throw new PendingStepException("radio driver not written");

    [Given("the target lacks group calls")]
    public void Skip() => throw new SkipScenarioException("the target has no group call support");

    [Given("a duplicated step")]
    public void First()
    {
    }

    [Given("a {word} step", ExpressionType = ExpressionType.CucumberExpression)]
    public void Second(string what) => ArgumentNullException.ThrowIfNull(what);
}
