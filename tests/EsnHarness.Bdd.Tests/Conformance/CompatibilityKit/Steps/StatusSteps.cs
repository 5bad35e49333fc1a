namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>The all-statuses sample (regular expressions in the kit's order).</summary>
[Binding]
public sealed class StatusSteps
{
    [Given("^a step$")]
    public void Step()
    {
    }

    [Given("^a failing step$")]
    public void Failing() => throw new InvalidOperationException("whoops");

    [Given("^a pending step$")]
    public void Pending() => throw new PendingStepException();

    [Given("^a skipped step$")]
    public void Skipped() => throw new SkipScenarioException();

    [Given("^an ambiguous (.*?)$")]
    public void Ambiguous1(string what) => ArgumentNullException.ThrowIfNull(what);

    [Given("^(.*?) ambiguous step$")]
    public void Ambiguous2(string what) => ArgumentNullException.ThrowIfNull(what);
}
