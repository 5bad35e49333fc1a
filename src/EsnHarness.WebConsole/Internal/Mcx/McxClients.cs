using EsnHarness.Contracts;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>The console's gRPC clients of the MCX service, its configuration (the user directory) and the network model,
/// with the scenario namespace header every call carries.</summary>
internal sealed class McxClients : IDisposable
{
    private readonly GrpcChannel _mcxChannel;
    private readonly GrpcChannel? _networkChannel;

    public McxClients(McxConnection connection)
    {
        _mcxChannel = GrpcChannels.Create(connection.Address, connection);
        _networkChannel = connection.NetworkAddress is { } network
            ? (network == connection.Address ? null : GrpcChannels.Create(network, connection))
            : null;
        Headers = connection.Namespace is { } ns ? new Metadata { { EsnMetadata.NamespaceHeader, ns } } : [];
        Mcx = new McxService.McxServiceClient(_mcxChannel);
        Directory = new McxConfiguration.McxConfigurationClient(_mcxChannel);
        Network = connection.NetworkAddress is null ? null : new NetworkService.NetworkServiceClient(_networkChannel ?? _mcxChannel);
        Describe = connection.ToString();
    }

    public McxService.McxServiceClient Mcx { get; }

    public McxConfiguration.McxConfigurationClient Directory { get; }

    public NetworkService.NetworkServiceClient? Network { get; }

    public Metadata Headers { get; }

    /// <summary>The MCX address (and namespace) for messages.</summary>
    public string Describe { get; }

    public CallOptions Options(CancellationToken ct) => new(Headers, cancellationToken: ct);

    public void Dispose()
    {
        _mcxChannel.Dispose();
        _networkChannel?.Dispose();
    }
}
