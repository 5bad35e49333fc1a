using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace EsnHarness.Stubs;

/// <summary>How a <see cref="StubGateway"/> listens and secures itself.</summary>
public sealed record StubGatewayOptions
{
    /// <summary>Address to bind; loopback by default so nothing outside the machine reaches the stubs.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Port to bind; 0 picks a free one (read it back from <see cref="StubGateway.Address"/>).</summary>
    public int Port { get; init; }

    /// <summary>Server certificate (with its private key) for HTTPS; null serves plain HTTP.</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>When set, clients must present a certificate issued by this CA (mutual TLS). Needs <see cref="Certificate"/>.</summary>
    public X509Certificate2? ClientCa { get; init; }

    /// <summary>Most sessions open at once; a client that never closes its sessions cannot exhaust the machine.</summary>
    public int MaxSessions { get; init; } = 512;

    /// <summary>Longest a journal long poll waits for a new request before answering with nothing new.</summary>
    public TimeSpan MaxPoll { get; init; } = TimeSpan.FromSeconds(10);
}
