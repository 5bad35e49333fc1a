namespace EsnHarness.Bdd.Tests.NUnitAdapter;

public sealed class Basket
{
    public List<BasketLine> Lines { get; } = [];
}
