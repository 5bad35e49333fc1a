namespace EsnHarness.Bdd.Tests.Bindings;

public sealed record Team(string Name);
