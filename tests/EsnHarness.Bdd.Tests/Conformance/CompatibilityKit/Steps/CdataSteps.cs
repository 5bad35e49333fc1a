namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class CdataSteps
{
    [Given("I have {int} <![CDATA[cukes]]> in my belly")]
    public void Cukes(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);
}
