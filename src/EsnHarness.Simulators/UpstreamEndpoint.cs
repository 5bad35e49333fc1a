using System.Text;

namespace EsnHarness.Simulators;

/// <summary>
/// A service a <see cref="SimulatorHost"/> calls as a client instead of its own: an agency's MCX service, network model
/// or IdMS. Where it is, and how to reach it (TLS trust, mutual TLS, credentials), as a target profile gives them.
/// </summary>
/// <param name="Address">Base address, e.g. <c>https://mcx.test.agency:8443</c>.</param>
public sealed record UpstreamEndpoint(Uri Address)
{
    /// <summary>CA certificates (PEM bundle, or one DER/PEM certificate) the service's certificate must chain to; null trusts the
    /// system store and <see cref="SimulatorHostOptions.UpstreamTrustedCaPath"/>.</summary>
    public string? TrustedCaPath { get; init; }

    /// <summary>Client certificate presented when the service asks for one (mutual TLS): PFX/PKCS#12, or PEM with
    /// <see cref="ClientKeyPath"/>; null presents <see cref="SimulatorHostOptions.UpstreamClientCertificatePath"/>'s.</summary>
    public string? ClientCertificatePath { get; init; }

    /// <summary>PEM private key of <see cref="ClientCertificatePath"/>.</summary>
    public string? ClientKeyPath { get; init; }

    /// <summary>Passphrase of an encrypted PEM key or of a PFX. Never logged or printed.</summary>
    public string? ClientKeyPassword { get; init; }

    /// <summary>The <c>Authorization</c> header value sent with every call (e.g. <c>Bearer ...</c>). Never logged or printed.</summary>
    public string? Authorization { get; init; }

    /// <summary>The address and which settings are set; never a secret.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Address.ToString());
        if (TrustedCaPath is not null)
        {
            text.Append(" (ca ").Append(TrustedCaPath).Append(')');
        }

        if (ClientCertificatePath is not null)
        {
            text.Append(" (client certificate ").Append(ClientCertificatePath).Append(')');
        }

        if (Authorization is not null)
        {
            text.Append(" (authorization ***)");
        }

        return text.ToString();
    }
}
