namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class GlobalHooksAfterAllErrorSteps
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

    [AfterTestRun(Order = 3)]
    public static void After1()
    {
    }

    [AfterTestRun(Order = 2)]
    public static void After2() => throw new InvalidOperationException("AfterAll hook went wrong");

    [AfterTestRun(Order = 1)]
    public static void After3()
    {
    }
}
