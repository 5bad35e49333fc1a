using EsnHarness.Benchmarks.Simulators;
using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>
/// One short scenario as the harness runs it, in its own namespace: a group, two terminals powered on, affiliated and
/// selected, one PTT press to Floor Granted (the access time it returns), release; then what the after-scenario hooks
/// do: terminals powered off and the namespace closed (esn.common.v1.NamespaceLifecycle).
/// </summary>
internal sealed class SoakScenario(GrpcChannel channel)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(channel);
    private readonly McxConfiguration.McxConfigurationClient _config = new(channel);
    private readonly NamespaceLifecycle.NamespaceLifecycleClient _lifecycle = new(channel);

    /// <summary>Runs scenario <paramref name="ns"/>; returns its access time (ms) and how many worlds its close released.</summary>
    public async Task<(double AccessMs, uint WorldsClosed)> RunAsync(string ns)
    {
        var headers = new Metadata { { EsnMetadata.NamespaceHeader, ns } };
        var deadline = TimeSpan.FromSeconds(30);
        await _config.PutGroupAsync(new PutGroupRequest { Group = new GroupConfig { GroupId = "G", QueueingEnabled = true } }, headers, DateTime.UtcNow + deadline);
        foreach (var device in new[] { "a", "b" })
        {
            await _devices.PowerOnAsync(new PowerOnRequest
            {
                DeviceId = device,
                PlaceId = "ideal-lab",
                Identity = new UserIdentity { McpttId = $"sip:{device}@esn", Agency = Agency.Lfb, Role = "firefighter" },
            }, headers, DateTime.UtcNow + deadline);
            await _devices.AffiliateAsync(new GroupRequest { DeviceId = device, GroupId = "G" }, headers, DateTime.UtcNow + deadline);
            await _devices.SelectGroupAsync(new GroupRequest { DeviceId = device, GroupId = "G" }, headers, DateTime.UtcNow + deadline);
        }

        double accessMs;
        using (var events = new DeviceEvents(_devices.Observe(new ObserveRequest { DeviceId = "a" }, headers)))
        {
            var press = await _devices.PressPttAsync(new PttRequest { DeviceId = "a" }, headers, DateTime.UtcNow + deadline);
            var granted = await events.NextAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "Floor Granted", deadline);
            accessMs = (granted.ObservedAt.ToDateTimeOffset() - press.At.ToDateTimeOffset()).TotalMilliseconds;
            await _devices.ReleasePttAsync(new PttRequest { DeviceId = "a" }, headers, DateTime.UtcNow + deadline);
            await events.NextAsync(e => e.FloorState?.To == "HasNoPermission", "floor released", deadline);
        }

        foreach (var device in new[] { "a", "b" })
        {
            await _devices.PowerOffAsync(new DeviceRef { DeviceId = device }, headers, DateTime.UtcNow + deadline);
        }

        var closed = await _lifecycle.CloseAsync(new CloseNamespaceRequest(), headers, DateTime.UtcNow + deadline);
        return (accessMs, closed.WorldsClosed);
    }
}
