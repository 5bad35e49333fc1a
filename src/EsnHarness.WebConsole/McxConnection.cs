namespace EsnHarness.WebConsole;

/// <summary>How the console reaches the MCX service (and, for the plan's landmarks, the network model), with TLS settings as
/// the harness's other clients take them. The access token is a secret: <see cref="ToString"/> leaves it out.</summary>
public sealed class McxConnection(Uri address)
{
    /// <summary>The MCX service (esn.mcx.v1), http:// or https://.</summary>
    public Uri Address { get; } = address;

    /// <summary>The network model (esn.network.v1) whose places the plan draws as landmarks; null = a plan without landmarks.</summary>
    public Uri? NetworkAddress { get; init; }

    /// <summary>The <c>esn-namespace</c> header every call carries (a scenario's isolated world); null = none.</summary>
    public string? Namespace { get; init; }

    /// <summary>PEM CA bundle the servers' certificates must chain to (https only); null = the system's trust store.</summary>
    public string? CaBundlePath { get; init; }

    /// <summary>Client certificate for mutual TLS: PEM (with <see cref="ClientKeyPath"/>) or PFX.</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; init; }

    /// <summary>IdMS access token presented on registration, when the MCX requires one. A secret.</summary>
    public string? AccessToken { get; init; }

    /// <inheritdoc />
    public override string ToString() => Namespace is null ? Address.ToString() : $"{Address} (namespace {Namespace})";
}
