using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// One bidirectional stream carrying many terminals' traffic, instead of one stream per terminal: the request
/// stream adds and removes terminal keys (in order, a run of the same kind merged into one message), the response
/// stream's batches are routed to the terminals. When the service answers UNIMPLEMENTED (a supplier's system
/// without the multiplexed RPC), every terminal falls back to its own stream. The stream is background work of the
/// namespace's world: closing the world ends and awaits it, and its end is logged.
/// </summary>
internal abstract class TerminalMultiplexer<TControl, TBatch>(WorldScope scope, string streamName) : IDisposable
    where TControl : class
{
    private readonly ConcurrentDictionary<string, SimulatedDevice> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _life = new();
    private readonly Lock _gate = new();
    private Channel<TControl>? _control;
    private volatile bool _unsupported;

    /// <summary>Carries <paramref name="device"/>'s events from now on (events queued at the service follow in order).</summary>
    public void Attach(SimulatedDevice device, string key)
    {
        _routes[key] = device;
        if (!_unsupported)
        {
            Control().Writer.TryWrite(NewControl([key], []));
        }

        if (_unsupported && _routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(key, device)))
        {
            FallBack(device);
        }
    }

    public void Detach(SimulatedDevice device, string key)
    {
        if (_routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(key, device)) && !_unsupported)
        {
            Control().Writer.TryWrite(NewControl([], [key]));
        }
    }

    protected abstract AsyncDuplexStreamingCall<TControl, TBatch> Open(CancellationToken ct);

    protected abstract TControl NewControl(IEnumerable<string> add, IEnumerable<string> remove);

    protected abstract (IList<string> Add, IList<string> Remove) Parts(TControl control);

    /// <summary>Routes a batch to the terminals (<paramref name="route"/> finds a key's terminal, null if gone).</summary>
    protected abstract void Deliver(TBatch batch, Func<string, SimulatedDevice?> route);

    /// <summary>Starts the terminal's own stream (the service has no multiplexed one).</summary>
    protected abstract void FallBack(SimulatedDevice device);

    public void Dispose()
    {
        _life.Cancel();
        _life.Dispose();
    }

    private Channel<TControl> Control()
    {
        lock (_gate)
        {
            if (_control is null)
            {
                _control = Channel.CreateUnbounded<TControl>(new UnboundedChannelOptions { SingleReader = true });
                _control.Writer.TryWrite(NewControl(_routes.Keys, []));
                var control = _control;
                var life = _life.Token;
                scope.Run(streamName, async closing =>
                {
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(closing, life);
                    await RunAsync(control, linked.Token);
                });
            }

            return _control;
        }
    }

    private async Task RunAsync(Channel<TControl> control, CancellationToken ct)
    {
        Task writing = Task.CompletedTask;
        try
        {
            using var call = Open(ct);
            writing = WriteControlAsync(control.Reader, call.RequestStream, ct);
            await foreach (var batch in call.ResponseStream.ReadAllAsync(ct))
            {
                Deliver(batch, Route);
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            DeviceLog.SharedStreamUnsupported(scope.Logger, streamName);
            FallBackToConnect();
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException)
        {
            // Cancelled (namespace closing) or the service went away: the next attach opens a new stream and re-attaches
            // every terminal still powered on.
            DeviceLog.SharedStreamEnded(scope.Logger, streamName, ct.IsCancellationRequested ? "closed" : e.Message);
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

        await writing;
    }

    /// <summary>Writes attaches and detaches in order, merging a run of the same kind into one message.</summary>
    private async Task WriteControlAsync(ChannelReader<TControl> reader, IClientStreamWriter<TControl> stream, CancellationToken ct)
    {
        try
        {
            while (await reader.WaitToReadAsync(ct))
            {
                while (reader.TryRead(out var merged))
                {
                    var (add, remove) = Parts(merged);
                    while (reader.TryPeek(out var next) && (Parts(next).Add.Count > 0) == (add.Count > 0) && reader.TryRead(out next))
                    {
                        var (moreAdd, moreRemove) = Parts(next);
                        foreach (var k in moreAdd)
                        {
                            add.Add(k);
                        }

                        foreach (var k in moreRemove)
                        {
                            remove.Add(k);
                        }
                    }

                    await stream.WriteAsync(merged, ct);
                }
            }
        }
        catch (Exception e) when (e is RpcException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // The stream ended (RunAsync logs why and the next attach opens another); nothing more to write on it.
        }
    }

    private SimulatedDevice? Route(string key) => _routes.TryGetValue(key, out var device) ? device : null;

    private void FallBackToConnect()
    {
        _unsupported = true;
        foreach (var (id, device) in _routes)
        {
            if (_routes.TryRemove(new KeyValuePair<string, SimulatedDevice>(id, device)))
            {
                FallBack(device);
            }
        }
    }
}
