namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class GlobalHooksSteps
{
    [BeforeTestRun]
    public static void Before1()
    {
    }

    [BeforeTestRun]
    public static void Before2()
    {
    }

    [When("a step passes")]
    public void Passes()
    {
    }

    [When("a step fails")]
    public void Fails() => throw new InvalidOperationException("Exception in step");

    [AfterTestRun(Order = 2)]
    public static void After1()
    {
    }

    [AfterTestRun(Order = 1)]
    public static void After2()
    {
    }
}
