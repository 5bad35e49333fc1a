namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class UnknownParameterTypeBindings
{
    [Given("{airport} is closed")]
    public void Closed(string airport) => ArgumentNullException.ThrowIfNull(airport);
}
