namespace EsnHarness.Targets;

/// <summary>One role of a profile as written in esn.json; a null <see cref="Url"/> means the embedded simulator.</summary>
public sealed record RoleDefinition(EsnRole Role, string? Url, TlsDefinition? Tls, CredentialsDefinition? Credentials);
