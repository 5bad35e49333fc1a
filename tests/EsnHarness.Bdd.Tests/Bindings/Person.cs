namespace EsnHarness.Bdd.Tests.Bindings;

public sealed record Person(string Name);
