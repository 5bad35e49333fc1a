namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>cucumber-js runs After hooks in reverse definition order; Order says so here.</summary>
[Binding]
public sealed class HooksSkippedSteps
{
    [BeforeScenario]
    public void Before1()
    {
    }

    [BeforeScenario("@skip-before")]
    public void SkipBefore() => throw new SkipScenarioException();

    [BeforeScenario]
    public void Before2()
    {
    }

    [Given("a normal step")]
    public void Normal()
    {
    }

    [Given("a step that skips")]
    public void Skips() => throw new SkipScenarioException();

    [AfterScenario(Order = 3)]
    public void After1()
    {
    }

    [AfterScenario("@skip-after", Order = 2)]
    public void SkipAfter() => throw new SkipScenarioException();

    [AfterScenario(Order = 1)]
    public void After2()
    {
    }
}
