using System.Security.Cryptography.X509Certificates;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>
/// How this host reaches one upstream service: the client certificate it presents when asked (mutual TLS), the CAs it
/// trusts besides the system store and its own certificate (so a host calling itself over TLS trusts itself), and the
/// Authorization header it sends. Owns the certificates it loaded.
/// </summary>
internal sealed class UpstreamConnector : IDisposable
{
    private readonly X509Certificate2? _clientCertificate;
    private readonly X509Certificate2Collection _trusted;
    private readonly X509Certificate2? _own;
    private readonly string? _authorization;

    private UpstreamConnector(X509Certificate2? clientCertificate, X509Certificate2Collection trusted, X509Certificate2? own, string? authorization)
    {
        _clientCertificate = clientCertificate;
        _trusted = trusted;
        _own = own;
        _authorization = authorization;
    }

    /// <summary>The host-wide upstream settings: for this host's own services and endpoints that name none of their own.</summary>
    public static UpstreamConnector HostWide(SimulatorHostOptions options, X509Certificate2? own) => new(
        options.UpstreamClientCertificatePath is { } path ? Certificates.Load(path, options.UpstreamClientKeyPath, null, "upstream client certificate") : null,
        options.UpstreamTrustedCaPath is { } ca ? Certificates.LoadTrust(ca, "upstream trusted CA") : [],
        own,
        authorization: null);

    /// <summary>The settings of <paramref name="endpoint"/>, the host-wide ones where it names none.</summary>
    public static UpstreamConnector For(UpstreamEndpoint endpoint, string role, SimulatorHostOptions options, X509Certificate2? own)
    {
        var certificate = endpoint.ClientCertificatePath is { } path
            ? Certificates.Load(path, endpoint.ClientKeyPath, endpoint.ClientKeyPassword, $"{role} client certificate")
            : options.UpstreamClientCertificatePath is { } shared ? Certificates.Load(shared, options.UpstreamClientKeyPath, null, "upstream client certificate") : null;
        var trusted = endpoint.TrustedCaPath is { } ca ? Certificates.LoadTrust(ca, $"{role} trusted CA")
            : options.UpstreamTrustedCaPath is { } sharedCa ? Certificates.LoadTrust(sharedCa, "upstream trusted CA") : [];
        return new UpstreamConnector(certificate, trusted, own, endpoint.Authorization);
    }

    /// <summary>A handler for calls through this connector, gRPC or plain HTTP(S).</summary>
    public HttpMessageHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) => Certificates.Accept(cert, errors, _own, _trusted);
        if (_clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [_clientCertificate];
        }

        return _authorization is null ? handler : new AuthorizationHandler(_authorization, handler);
    }

    public void Dispose()
    {
        _clientCertificate?.Dispose();
        foreach (var certificate in _trusted)
        {
            certificate.Dispose();
        }
    }
}
