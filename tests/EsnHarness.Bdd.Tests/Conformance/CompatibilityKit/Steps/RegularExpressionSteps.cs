namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class RegularExpressionSteps
{
    [Given("^a (.*?)(?: and a (.*?))?(?: and a (.*?))?$")]
    public void Vegetables(string first, string? second, string? third) => ArgumentNullException.ThrowIfNull(first + second + third);
}
