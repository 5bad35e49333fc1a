namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class RetrySteps(RetryCounter counter)
{
    [Given("a step that always passes")]
    public void Passes()
    {
    }

    [Given("a step that passes the second time")]
    public void Second()
    {
        if (++counter.SecondTime < 2)
        {
            throw new InvalidOperationException("Exception in step");
        }
    }

    [Given("a step that passes the third time")]
    public void Third()
    {
        if (++counter.ThirdTime < 3)
        {
            throw new InvalidOperationException("Exception in step");
        }
    }

    [Given("a step that always fails")]
    public void Fails() => throw new InvalidOperationException("Exception in step");
}
