namespace EsnHarness.Targets;

/// <summary>One role of a profile as written in esn.json; a null <see cref="Url"/> means the embedded simulator. <paramref name="Web"/>
/// (controlRoom only) makes the control-room steps drive a web console through its screen.</summary>
public sealed record RoleDefinition(EsnRole Role, string? Url, TlsDefinition? Tls, CredentialsDefinition? Credentials, WebConsoleDefinition? Web = null);
