using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>
/// gRPC channels from the device simulator and interworking function to the MCX and network services: this
/// host's own by default, or a supplier's when configured. One channel per address, many HTTP/2 connections.
/// </summary>
internal sealed class UpstreamChannels(SimulatorHostOptions options, HostAddress self, X509Certificate2? ownCertificate) : IDisposable
{
    private readonly ConcurrentDictionary<(Uri, bool), GrpcChannel> _channels = new();
    private readonly X509Certificate2? _clientCertificate = options.UpstreamClientCertificatePath is { } path
        ? Certificates.Load(path, options.UpstreamClientKeyPath, null, "upstream client certificate")
        : null;
    private readonly X509Certificate2? _ca = options.UpstreamTrustedCaPath is { } ca ? Certificates.LoadCa(ca, "upstream trusted CA") : null;

    /// <summary>Requests to the MCX service (signalling, media). Kept off the downlink streams' connections, so a
    /// talker's frames never queue behind the fan-out of a large group call on the same HTTP/2 connection.</summary>
    public GrpcChannel Mcx => For(options.McxAddress ?? self.Value, streams: false);

    /// <summary>Long-lived downlink streams from the MCX service.</summary>
    public GrpcChannel McxStreams => For(options.McxAddress ?? self.Value, streams: true);

    public GrpcChannel Network => For(options.NetworkAddress ?? self.Value, streams: true);

    public void Dispose()
    {
        foreach (var c in _channels.Values)
        {
            c.Dispose();
        }

        _clientCertificate?.Dispose();
        _ca?.Dispose();
    }

    /// <summary>A handler for HTTP(S) calls upstream (e.g. the IdMS): trusts the upstream CA and this host's own certificate,
    /// and presents the upstream client certificate when a server asks for one.</summary>
    public SocketsHttpHandler CreateHandler()
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            KeepAlivePingDelay = TimeSpan.FromSeconds(60),
        };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, cert, _, errors) => Certificates.Accept(cert, errors, ownCertificate, _ca);
        if (_clientCertificate is not null)
        {
            handler.SslOptions.ClientCertificates = [_clientCertificate];
        }

        return handler;
    }

    private GrpcChannel For(Uri address, bool streams) => _channels.GetOrAdd((address, streams), key =>
        GrpcChannel.ForAddress(key.Item1, new GrpcChannelOptions { HttpHandler = CreateHandler(), MaxReceiveMessageSize = 16 * 1024 * 1024 }));
}
