namespace EsnHarness.Targets;

/// <summary>Where a secret is read from: an environment variable or a file. esn.json never holds the value itself.</summary>
public sealed record SecretReference(string? Environment, string? File);
