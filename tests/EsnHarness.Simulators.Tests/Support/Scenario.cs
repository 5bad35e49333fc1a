using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Contracts;
using Grpc.Core;
using Grpc.Net.Client;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Support;

/// <summary>One scenario's view of the shared in-process host: its own namespace and typed clients.</summary>
public sealed class Scenario
{
    public Scenario(GrpcChannel channel, string? ns = null)
    {
        Namespace = ns ?? $"test-{Guid.NewGuid():N}";
        Headers = new Metadata { { EsnMetadata.NamespaceHeader, Namespace } };
        Devices = new DeviceService.DeviceServiceClient(channel);
        Mcx = new McxService.McxServiceClient(channel);
        Config = new McxConfiguration.McxConfigurationClient(channel);
        Recording = new McxRecording.McxRecordingClient(channel);
        Network = new NetworkService.NetworkServiceClient(channel);
        Interworking = new InterworkingService.InterworkingServiceClient(channel);
        Common = new McxCommonFunctions.McxCommonFunctionsClient(channel);
        Terminals = new TerminalFunctions.TerminalFunctionsClient(channel);
    }

    public string Namespace { get; }

    public Metadata Headers { get; }

    public DeviceService.DeviceServiceClient Devices { get; }

    public McxService.McxServiceClient Mcx { get; }

    public McxConfiguration.McxConfigurationClient Config { get; }

    public McxRecording.McxRecordingClient Recording { get; }

    public NetworkService.NetworkServiceClient Network { get; }

    public InterworkingService.InterworkingServiceClient Interworking { get; }

    /// <summary>The MCX's common functions (functional aliases, call-backs, selected-group changes).</summary>
    public McxCommonFunctions.McxCommonFunctionsClient Common { get; }

    /// <summary>The terminals' own functions (aliases, call-backs, emergency features, motion sensor).</summary>
    public TerminalFunctions.TerminalFunctionsClient Terminals { get; }

    public async Task<GroupConfig> GroupAsync(string groupId, Action<GroupConfig>? configure = null)
    {
        var group = new GroupConfig { GroupId = groupId, QueueingEnabled = true, AllowEmergency = true, AllowImminentPeril = true, AllowEmergencyAlert = true };
        configure?.Invoke(group);
        return (await Config.PutGroupAsync(new PutGroupRequest { Group = group }, Headers)).Group;
    }

    /// <summary>Adds <paramref name="milliseconds"/> of one-way latency on a terminal's link and waits until the terminal sees it.</summary>
    public async Task AddLatencyAsync(DeviceProbe device, uint milliseconds)
    {
        await Network.InjectFaultAsync(new InjectFaultRequest
        {
            Fault = new Fault { Kind = FaultKind.AddedLatency, Target = device.DeviceId, Impairment = new LinkProfile { LatencyMs = milliseconds } },
        }, Headers);
        await device.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.LinkChanged, "latency applied");
    }

    /// <summary>Powers on a terminal at the zero-delay place, observes it, and optionally affiliates and selects a group.</summary>
    public async Task<DeviceProbe> DeviceAsync(
        string name, string? group = null, string place = "ideal-lab", Agency agency = Agency.Mps, string role = "response officer", string? mcpttId = null)
    {
        mcpttId ??= $"sip:{name}@esn";
        await Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name,
            PlaceId = place,
            Identity = new UserIdentity { McpttId = mcpttId, Agency = agency, Role = role, FunctionalAlias = name.ToUpperInvariant() },
        }, Headers);
        var probe = new DeviceProbe(name, mcpttId, Devices.Observe(new ObserveRequest { DeviceId = name }, Headers));
        if (group is not null)
        {
            await Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = group }, Headers);
            await Devices.SelectGroupAsync(new GroupRequest { DeviceId = name, GroupId = group }, Headers);
        }

        return probe;
    }
}
