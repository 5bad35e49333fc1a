namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class GlobalHooksBeforeAllErrorSteps
{
    [BeforeTestRun]
    public static void Before1()
    {
    }

    [BeforeTestRun]
    public static void Before2() => throw new InvalidOperationException("BeforeAll hook went wrong");

    [BeforeTestRun]
    public static void Before3()
    {
    }

    [When("a step passes")]
    public void Passes()
    {
    }

    [AfterTestRun(Order = 2)]
    public static void After1()
    {
    }

    [AfterTestRun(Order = 1)]
    public static void After2()
    {
    }
}
