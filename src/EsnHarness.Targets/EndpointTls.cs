namespace EsnHarness.Targets;

/// <summary>TLS settings for an external endpoint: the CA bundle to trust and, for mutual TLS, the client certificate and key (PEM files).</summary>
public sealed record EndpointTls(string? CaBundle, string? ClientCertificate, string? ClientKey, Secret? ClientKeyPassphrase)
{
    /// <summary>True when the endpoint asks for a client certificate.</summary>
    public bool Mutual => ClientCertificate is not null;
}
