namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>Run-scoped (put in the TestRunContext by the test) so attempts of one scenario see the previous ones.</summary>
public sealed class RetryCounter
{
    public int SecondTime { get; set; }

    public int ThirdTime { get; set; }
}
