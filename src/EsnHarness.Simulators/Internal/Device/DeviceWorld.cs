using System.Collections.Concurrent;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Device.DirectMode;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Hosting;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The simulated terminals of one namespace; they reach MCX and the network only through gRPC clients.</summary>
internal sealed class DeviceWorld(string ns, UpstreamChannels upstream, KeyManagementHttp kms, DeviceSettings settings, TimeProvider time, WorldScope scope) : IWorld
{
    private readonly ConcurrentDictionary<string, SimulatedDevice> _devices = new(StringComparer.Ordinal);
    private VehicleDock? _docking;

    public Metadata Headers { get; } = Namespaces.Headers(ns);

    /// <summary>The MCX service, one client shared by the namespace's terminals (a gRPC client is thread-safe; one per
    /// terminal cost about 190 bytes each).</summary>
    public McxService.McxServiceClient Mcx { get; } = new(upstream.Mcx);

    public McxService.McxServiceClient McxStreams { get; } = new(upstream.McxStreams);

    /// <summary>The MCX's common functions (functional aliases, call-backs).</summary>
    public McxCommonFunctions.McxCommonFunctionsClient McxCommon { get; } = new(upstream.Mcx);

    /// <summary>The MCX's content server and file distribution.</summary>
    public McxFileDistribution.McxFileDistributionClient McxFiles { get; } = new(upstream.Mcx);

    /// <summary>The multiplexed MCX downlink every terminal of this namespace receives on.</summary>
    public DeviceDownlink Downlink { get; } = new(new McxService.McxServiceClient(upstream.McxStreams), Namespaces.Headers(ns), scope);

    /// <summary>The multiplexed link watch every terminal of this namespace learns its link changes on.</summary>
    public DeviceLinkWatch LinkWatch { get; } = new(new NetworkService.NetworkServiceClient(upstream.Network), Namespaces.Headers(ns), scope);

    public NetworkService.NetworkServiceClient Network { get; } = new(upstream.Network);

    /// <summary>The namespace's direct-mode channel: terminals off the network hear each other over it when in range.</summary>
    public DirectModeMedium DirectMode { get; } = new(settings.DirectMode, settings.RandomSeed, scope.Defects);

    public DeviceSettings Settings => settings;

    /// <summary>How the terminals' key management clients reach their KMS.</summary>
    public HttpClient Kms => kms.Client;

    /// <summary>Handing users over between handhelds and vehicle devices.</summary>
    public VehicleDock Docking => LazyInitializer.EnsureInitialized(ref _docking, () => new VehicleDock(this));

    public TimeProvider Time => time;

    public WorldScope Scope => scope;

    /// <summary>Switches every terminal of the namespace off without signalling upstream (the namespace is ending on every role).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var device in _devices.Values)
        {
            await device.AbandonAsync();
        }

        _devices.Clear();
        Downlink.Dispose();
        LinkWatch.Dispose();
    }

    public async Task<DeviceState> PowerOnAsync(PowerOnRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.DeviceId))
        {
            throw Errors.Invalid(Errors.Required("device_id"));
        }

        if (request.Identity is null || string.IsNullOrWhiteSpace(request.Identity.McpttId))
        {
            throw Errors.Invalid(Errors.Required("identity.mcptt_id"));
        }

        if (string.IsNullOrWhiteSpace(request.PlaceId))
        {
            // No default place: a terminal served "somewhere" would be measured on a link nobody chose.
            throw Errors.Invalid($"{Errors.Required("place_id")}: the network place the terminal powers on at (e.g. 'surface-street')");
        }

        var device = _devices.GetOrAdd(request.DeviceId, id => new SimulatedDevice(id, this));
        await device.PowerOnAsync(request, ct);
        return device.State();
    }

    public SimulatedDevice Require(string deviceId)
    {
        if (string.IsNullOrWhiteSpace(deviceId))
        {
            throw Errors.Invalid(Errors.Required("device_id"));
        }

        return _devices.TryGetValue(deviceId, out var device)
            ? device
            : throw Errors.NotFound($"device_id '{deviceId}' is not a device in namespace '{ns}': call PowerOn first");
    }

    public SimulatedDevice RequireOn(string deviceId)
    {
        var device = Require(deviceId);
        return device.PoweredOn ? device : throw Errors.Precondition($"device_id '{deviceId}' is powered off");
    }
}
