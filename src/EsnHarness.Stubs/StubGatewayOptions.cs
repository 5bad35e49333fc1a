using System.Net;

namespace EsnHarness.Stubs;

/// <summary>How a <see cref="StubGateway"/> listens and secures itself.</summary>
public sealed record StubGatewayOptions
{
    /// <summary>Address to bind; loopback by default so nothing outside the machine reaches the stubs.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 picks a free one (read it back from <see cref="StubGateway.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>Server certificate for HTTPS: a PFX/PKCS#12 file, or a PEM certificate with <see cref="CertificateKeyPath"/>. Null serves plain HTTP.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>PEM private key of <see cref="CertificatePath"/> (PEM certificates only).</summary>
    public string? CertificateKeyPath { get; init; }

    /// <summary>Password of a PFX certificate. Never logged or printed.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>When set (PEM or DER CA certificate), clients must present a certificate issued by this CA (mutual TLS).
    /// Needs <see cref="CertificatePath"/>.</summary>
    public string? ClientCaPath { get; init; }

    /// <summary>Most sessions open at once; a client that never closes its sessions cannot exhaust the machine.</summary>
    public int MaxSessions { get; init; } = 512;

    /// <summary>Longest a journal long poll waits for a new request before answering with nothing new.</summary>
    public TimeSpan MaxPoll { get; init; } = TimeSpan.FromSeconds(10);
}
