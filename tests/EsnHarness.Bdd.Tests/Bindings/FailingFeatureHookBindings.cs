namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class FailingFeatureHookBindings
{
    [BeforeFeature("@broken-setup")]
    public static void Before() => throw new InvalidOperationException("simulator did not start");

    [Given("a feature-hooked step")]
    public void Step()
    {
    }
}
