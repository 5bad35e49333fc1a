namespace EsnHarness.Bdd.Tests.Bindings;

public sealed record Talkgroup(string Agency, int Number);
