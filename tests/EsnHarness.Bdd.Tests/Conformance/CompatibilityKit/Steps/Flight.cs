namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

public sealed record Flight(string From, string To);
