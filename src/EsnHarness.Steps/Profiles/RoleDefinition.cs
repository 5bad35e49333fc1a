namespace EsnHarness.Steps.Profiles;

/// <summary>One role of a profile as written in esn.json; a null <see cref="Url"/> means the embedded simulator.</summary>
public sealed record RoleDefinition(string Role, string? Url, TlsDefinition? Tls, CredentialsDefinition? Credentials);
