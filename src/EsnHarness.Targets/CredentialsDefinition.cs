namespace EsnHarness.Targets;

/// <summary>Credentials as written in esn.json: a user name and where the password or token comes from.</summary>
public sealed record CredentialsDefinition(string? Username, SecretReference? Password, SecretReference? Token);
