namespace EsnHarness.Bdd.Tests.Bindings;

public sealed record Money(decimal Pounds);
