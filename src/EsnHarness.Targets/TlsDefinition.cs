namespace EsnHarness.Targets;

/// <summary>TLS as written in esn.json: PEM file paths (relative to esn.json) and where the key passphrase comes from.</summary>
public sealed record TlsDefinition(string? CaBundle, string? ClientCertificate, string? ClientKey, SecretReference? ClientKeyPassphrase);
