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
    public void StartOwnDownlink(string mcpttId, Action<McxEvent> receive) =>
        Follow("own MCX downlink", ct => world.McxStreams.Connect(new ConnectRequest { McpttId = mcpttId }, world.Headers, cancellationToken: ct), receive,
            status => DeviceLog.OwnStreamEnded(logger, deviceId, "MCX Connect", status));

    /// <summary>The terminal's own WatchTerminal stream; each change of link goes to <paramref name="onLink"/>.</summary>
    public void StartOwnLinkWatch(Action<LinkConditions> onLink) =>
        Follow("own link watch", ct => world.Network.WatchTerminal(new WatchTerminalRequest { TerminalId = deviceId }, world.Headers, cancellationToken: ct), onLink,
            status => DeviceLog.OwnStreamEnded(logger, deviceId, "WatchTerminal", status));

    /// <summary>A console sees the network operations feed (over the control room's fixed link, not the radio).</summary>
    public void StartNetworkStatus() =>
        Follow("network status feed", ct => world.Network.WatchNetworkStatus(new WatchNetworkStatusRequest(), world.Headers, cancellationToken: ct),
            status => events.Emit(new DeviceEvent { NetworkStatus = status }), status => DeviceLog.NoNetworkStatusFeed(logger, deviceId, status));

    /// <summary>Reads a server stream in the terminal's life, each message to <paramref name="each"/>; a stream the service
    /// ends (not the terminal powering off) goes to <paramref name="ended"/> with its status code.</summary>
    private void Follow<T>(string what, Func<CancellationToken, AsyncServerStreamingCall<T>> open, Action<T> each, Action<string> ended) => life.Run(what, async ct =>
    {
        try
        {
            using var stream = open(ct);
            await foreach (var message in stream.ResponseStream.ReadAllAsync(ct))
            {
                each(message);
            }
        }
        catch (RpcException e) when (!ct.IsCancellationRequested)
        {
            ended(e.StatusCode.ToString());
        }
    });
}
