using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The streams a terminal reads upstream on its own: its MCX downlink and its link watch when the service offers no
/// shared stream (ConnectMany, WatchTerminals), and a console's network operations feed. Each is work of the terminal's
/// power-on life (<see cref="DeviceLife"/>): it ends at power-off, and a stream the service ends is logged.
/// </summary>
internal sealed class DeviceFeeds(string deviceId, DeviceWorld world, DeviceLife life, DeviceEventLog events, ILogger logger)
{
    /// <summary>The terminal's own Connect stream for <paramref name="mcpttId"/>; each event goes to <paramref name="receive"/>.</summary>
    public void StartOwnDownlink(string mcpttId, Action<McxEvent> receive) => life.Run("own MCX downlink", async ct =>
    {
        try
        {
            using var stream = world.McxStreams.Connect(new ConnectRequest { McpttId = mcpttId }, world.Headers, cancellationToken: ct);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(ct))
            {
                receive(e);
            }
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            DeviceLog.OwnStreamEnded(logger, deviceId, "MCX Connect", e.StatusCode.ToString());
        }
    });

    /// <summary>The terminal's own WatchTerminal stream; each change of link goes to <paramref name="onLink"/>.</summary>
    public void StartOwnLinkWatch(Action<LinkConditions> onLink) => life.Run("own link watch", async ct =>
    {
        try
        {
            using var watch = world.Network.WatchTerminal(new WatchTerminalRequest { TerminalId = deviceId }, world.Headers, cancellationToken: ct);
            await foreach (var link in watch.ResponseStream.ReadAllAsync(ct))
            {
                onLink(link);
            }
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            DeviceLog.OwnStreamEnded(logger, deviceId, "WatchTerminal", e.StatusCode.ToString());
        }
    });

    /// <summary>A console sees the network operations feed (over the control room's fixed link, not the radio).</summary>
    public void StartNetworkStatus() => life.Run("network status feed", async ct =>
    {
        try
        {
            using var watch = world.Network.WatchNetworkStatus(new WatchNetworkStatusRequest(), world.Headers, cancellationToken: ct);
            await foreach (var status in watch.ResponseStream.ReadAllAsync(ct))
            {
                events.Emit(new DeviceEvent { NetworkStatus = status });
            }
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            DeviceLog.NoNetworkStatusFeed(logger, deviceId, e.StatusCode.ToString());
        }
    });
}
