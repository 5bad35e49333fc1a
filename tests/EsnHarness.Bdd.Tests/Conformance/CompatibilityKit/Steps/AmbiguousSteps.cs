namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class AmbiguousSteps
{
    [Given("^a (.*?) with (.*?)$")]
    public void Two(string a, string b) => ArgumentNullException.ThrowIfNull(a + b);

    [Given("^a step with (.*?)$")]
    public void One(string a) => ArgumentNullException.ThrowIfNull(a);
}
