namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class WrongArityBindings
{
    [Given("{int} calls and {int} messages")]
    public void Traffic(int calls) => ArgumentOutOfRangeException.ThrowIfNegative(calls);
}
