namespace EsnHarness.Bdd.Tests.NUnitAdapter;

public sealed record BasketLine(string Name, int Count, decimal Price);
