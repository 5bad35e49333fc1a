using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The device simulator's end of McxService.ConnectMany: one multiplexed MCX downlink for every powered-on terminal
/// of a namespace, routing each event to its terminal, instead of one Connect stream per terminal. When the MCX
/// service offers no ConnectMany (a supplier's system answers UNIMPLEMENTED), every terminal falls back to its own
/// Connect stream.
/// </summary>
internal sealed class DeviceDownlink(McxService.McxServiceClient mcx, Metadata headers) : IDisposable
{
    private readonly ConcurrentDictionary<string, SimulatedDevice> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _life = new();
    private readonly Lock _gate = new();
    private Channel<DownlinkControl>? _control;
    private volatile bool _unsupported;

    /// <summary>Carries <paramref name="device"/>'s events from now on (events queued at the service follow in order).</summary>
    public void Attach(SimulatedDevice device, string mcpttId)
    {
        _routes[mcpttId] = device;
        if (!_unsupported)
        {
            Control().Writer.TryWrite(new DownlinkControl { Attach = { mcpttId } });
        }

        if (_unsupported && _routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(mcpttId, device)))
        {
            device.StartOwnDownlink();
        }
    }

    public void Detach(SimulatedDevice device, string mcpttId)
    {
        if (_routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(mcpttId, device)) && !_unsupported)
        {
            Control().Writer.TryWrite(new DownlinkControl { Detach = { mcpttId } });
        }
    }

    public void Dispose()
    {
        _life.Cancel();
        _life.Dispose();
    }

    private Channel<DownlinkControl> Control()
    {
        lock (_gate)
        {
            if (_control is null)
            {
                _control = Channel.CreateUnbounded<DownlinkControl>(new UnboundedChannelOptions { SingleReader = true });
                var reattach = new DownlinkControl();
                reattach.Attach.AddRange(_routes.Keys);
                _control.Writer.TryWrite(reattach);
                _ = RunAsync(_control, _life.Token);
            }

            return _control;
        }
    }

    private async Task RunAsync(Channel<DownlinkControl> control, CancellationToken ct)
    {
        try
        {
            using var call = mcx.ConnectMany(headers, cancellationToken: ct);
            _ = WriteControlAsync(control.Reader, call.RequestStream, ct);
            await foreach (var batch in call.ResponseStream.ReadAllAsync(ct))
            {
                foreach (var e in batch.Events)
                {
                    if (_routes.TryGetValue(e.McpttId, out var device))
                    {
                        device.Receive(e.Event);
                    }
                }

                // A rejected attach names a client the service no longer knows (deregistered meanwhile): that
                // terminal's own requests report it, so there is nothing to route.
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            FallBackToConnect();
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
        {
            // Cancelled (host stopping) or the service went away: the next attach opens a new stream and re-attaches
            // every terminal still powered on.
        }
        finally
        {
            control.Writer.TryComplete();
            lock (_gate)
            {
                if (_control == control)
                {
                    _control = null;
                }
            }
        }
    }

    /// <summary>Writes attaches and detaches in order, merging a run of the same kind into one message.</summary>
    private static async Task WriteControlAsync(ChannelReader<DownlinkControl> reader, IClientStreamWriter<DownlinkControl> stream, CancellationToken ct)
    {
        try
        {
            while (await reader.WaitToReadAsync(ct))
            {
                while (reader.TryRead(out var merged))
                {
                    while (reader.TryPeek(out var next) && (next.Attach.Count > 0) == (merged.Attach.Count > 0) && reader.TryRead(out next))
                    {
                        merged.Attach.AddRange(next.Attach);
                        merged.Detach.AddRange(next.Detach);
                    }

                    await stream.WriteAsync(merged, ct);
                }
            }
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The stream ended; RunAsync opens the next one on demand.
        }
    }

    private void FallBackToConnect()
    {
        _unsupported = true;
        foreach (var (id, device) in _routes)
        {
            if (_routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(id, device)))
            {
                device.StartOwnDownlink();
            }
        }
    }
}
