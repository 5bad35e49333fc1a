using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>
/// Connections from this host's roles to the services they use: the device simulator and interworking function to the
/// MCX service and network model, the MCX service to the IdMS, GMS and CMS, the CAD gateway to the MCX and the agency's CAD, the MDM to the terminals, the terminals to the KMS. This host's own services by default, or the upstream
/// endpoints the options name (an agency's systems, with their TLS settings and credentials). One channel per address,
/// many HTTP/2 connections.
/// </summary>
internal sealed class UpstreamChannels : IDisposable
{
    private readonly ConcurrentDictionary<(Uri, bool), GrpcChannel> _channels = new();
    private readonly SimulatorHostOptions _options;
    private readonly HostAddress _self;
    private readonly UpstreamConnector _hostWide;
    private readonly UpstreamConnector? _mcx;
    private readonly UpstreamConnector? _network;
    private readonly UpstreamConnector? _device;
    private readonly UpstreamConnector? _idms;
    private readonly UpstreamConnector? _gms;
    private readonly UpstreamConnector? _cms;
    private readonly UpstreamConnector? _cad;
    private readonly UpstreamConnector? _kms;

    public UpstreamChannels(SimulatorHostOptions options, HostAddress self, X509Certificate2? ownCertificate)
    {
        _options = options;
        _self = self;
        _hostWide = UpstreamConnector.HostWide(options, ownCertificate);
        _mcx = options.Mcx is { } mcx ? UpstreamConnector.For(mcx, "mcx", options, ownCertificate) : null;
        _network = options.Network is { } network ? UpstreamConnector.For(network, "network", options, ownCertificate) : null;
        _device = options.Device is { } device ? UpstreamConnector.For(device, "device", options, ownCertificate) : null;
        _idms = options.Idms is { } idms ? UpstreamConnector.For(idms, "idms", options, ownCertificate) : null;
        _gms = options.Gms is { } gms ? UpstreamConnector.For(gms, "gms", options, ownCertificate) : null;
        _cms = options.Cms is { } cms ? UpstreamConnector.For(cms, "cms", options, ownCertificate) : null;
        _cad = options.Cad is { } cad ? UpstreamConnector.For(cad, "cad", options, ownCertificate) : null;
        _kms = options.Kms is { } kms ? UpstreamConnector.For(kms, "kms", options, ownCertificate) : null;
    }

    /// <summary>Requests to the MCX service (signalling, media). Kept off the downlink streams' connections, so a
    /// talker's frames never queue behind the fan-out of a large group call on the same HTTP/2 connection.</summary>
    public GrpcChannel Mcx => For(_options.Mcx?.Address ?? _self.Value, _mcx ?? _hostWide, streams: false);

    /// <summary>Long-lived downlink streams from the MCX service.</summary>
    public GrpcChannel McxStreams => For(_options.Mcx?.Address ?? _self.Value, _mcx ?? _hostWide, streams: true);

    public GrpcChannel Network => For(_options.Network?.Address ?? _self.Value, _network ?? _hostWide, streams: true);

    /// <summary>The terminals' device management (the MDM's wipe commands).</summary>
    public GrpcChannel Device => For(_options.Device?.Address ?? _self.Value, _device ?? _hostWide, streams: false);

    /// <summary>A handler for plain HTTP(S) calls upstream (the IdMS, GMS, CMS, CAD and KMS): the settings of the upstream endpoint a URL
    /// is under, else the host-wide ones.</summary>
    public HttpMessageHandler CreateHttpHandler()
    {
        var routes = new List<(Uri, HttpMessageInvoker)>();
        foreach (var (endpoint, connector) in new[] { (_options.Idms, _idms), (_options.Gms, _gms), (_options.Cms, _cms), (_options.Cad, _cad), (_options.Kms, _kms), (_options.Mcx, _mcx), (_options.Network, _network) })
        {
            if (endpoint is not null && connector is not null)
            {
                routes.Add((endpoint.Address, new HttpMessageInvoker(connector.CreateHandler())));
            }
        }

        return new UpstreamRouter(routes, new HttpMessageInvoker(_hostWide.CreateHandler()));
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        _hostWide.Dispose();
        _mcx?.Dispose();
        _network?.Dispose();
        _device?.Dispose();
        _idms?.Dispose();
        _gms?.Dispose();
        _cms?.Dispose();
        _cad?.Dispose();
        _kms?.Dispose();
    }

    private GrpcChannel For(Uri address, UpstreamConnector connector, bool streams) => _channels.GetOrAdd((address, streams), key =>
        GrpcChannel.ForAddress(key.Item1, new GrpcChannelOptions { HttpHandler = connector.CreateHandler(), MaxReceiveMessageSize = 16 * 1024 * 1024 }));
}
