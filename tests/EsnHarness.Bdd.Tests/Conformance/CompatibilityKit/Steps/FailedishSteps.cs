namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>The failedish-combinations sample.</summary>
[Binding]
public sealed class FailedishSteps
{
    [Given("^a step$")]
    public void Step()
    {
    }

    [Given("^a skipped step$")]
    public void Skipped() => throw new SkipScenarioException();

    [Given("^a pending step$")]
    public void Pending() => throw new PendingStepException();

    [Given("^an ambiguous (.*?)$")]
    public void Ambiguous1(string what) => ArgumentNullException.ThrowIfNull(what);

    [Given("^(.*?) ambiguous step$")]
    public void Ambiguous2(string what) => ArgumentNullException.ThrowIfNull(what);

    [Given("^a failing step$")]
    public void Failing() => throw new InvalidOperationException("whoops");
}
