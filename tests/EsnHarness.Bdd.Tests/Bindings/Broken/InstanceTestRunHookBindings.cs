namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class InstanceTestRunHookBindings
{
    [BeforeTestRun]
    public void Before()
    {
    }
}
