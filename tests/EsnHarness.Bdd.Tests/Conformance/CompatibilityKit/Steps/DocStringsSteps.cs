namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class DocStringsSteps
{
    [Given("a doc string:")]
    public void DocString(string text) => ArgumentNullException.ThrowIfNull(text);
}
