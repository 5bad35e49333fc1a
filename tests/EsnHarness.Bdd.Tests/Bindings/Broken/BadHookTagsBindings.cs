namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class BadHookTagsBindings
{
    [BeforeScenario("@smoke and")]
    public void Before()
    {
    }
}
