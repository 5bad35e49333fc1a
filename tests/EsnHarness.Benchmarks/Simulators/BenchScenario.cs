using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators;
using Grpc.Core;
using Grpc.Net.Client;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>An in-process simulator host on 127.0.0.1 plus clients in one namespace, for the simulator benchmarks.</summary>
internal sealed class BenchScenario : IAsyncDisposable
{
    private BenchScenario(SimulatorHost host, GrpcChannel channel)
    {
        Host = host;
        Channel = channel;
        Headers = new Metadata { { EsnMetadata.NamespaceHeader, "bench" } };
        Devices = new DeviceService.DeviceServiceClient(channel);
        Mcx = new McxService.McxServiceClient(channel);
        Config = new McxConfiguration.McxConfigurationClient(channel);
        Network = new NetworkService.NetworkServiceClient(channel);
    }

    public SimulatorHost Host { get; }

    public GrpcChannel Channel { get; }

    public Metadata Headers { get; }

    public DeviceService.DeviceServiceClient Devices { get; }

    public McxService.McxServiceClient Mcx { get; }

    public McxConfiguration.McxConfigurationClient Config { get; }

    public NetworkService.NetworkServiceClient Network { get; }

    public static async Task<BenchScenario> StartAsync(SimulatorHostOptions? options = null)
    {
        var host = await SimulatorHost.StartAsync(options ?? new SimulatorHostOptions());
        var channel = GrpcChannel.ForAddress(host.Address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        return new BenchScenario(host, channel);
    }

    public Task GroupAsync(string groupId) => Config.PutGroupAsync(new PutGroupRequest
    {
        Group = new GroupConfig { GroupId = groupId, QueueingEnabled = true, AllowEmergency = true },
    }, Headers).ResponseAsync;

    public Task PowerOnAsync(string device, string place = "ideal-lab") => Devices.PowerOnAsync(new PowerOnRequest
    {
        DeviceId = device,
        PlaceId = place,
        Identity = new UserIdentity { McpttId = $"sip:{device}@esn", Agency = Agency.Lfb, Role = "firefighter" },
    }, Headers).ResponseAsync;

    public async Task AffiliateAsync(string device, string group, bool select = false)
    {
        await Devices.AffiliateAsync(new GroupRequest { DeviceId = device, GroupId = group }, Headers);
        if (select)
        {
            await Devices.SelectGroupAsync(new GroupRequest { DeviceId = device, GroupId = group }, Headers);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync();
    }
}
