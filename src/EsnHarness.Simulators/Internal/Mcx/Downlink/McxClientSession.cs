using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Downlink;

/// <summary>
/// The downlink of one registered MCX client: its own queue (read by a Connect stream) or the multiplexed stream
/// (ConnectMany) it is attached to, with one sequence of numbers across both. Holds no other state of the user: the
/// registry, calls, SDS and location collaborators own theirs.
/// </summary>
internal sealed class McxClientSession(string mcpttId, int bufferCapacity)
{
    private readonly Channel<McxEvent> _downlink = Channel.CreateBounded<McxEvent>(
        new BoundedChannelOptions(bufferCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = false });

    private readonly Lock _sink = new();
    private ulong _sequence;
    private McxDownlinkMux? _mux;
    private CancellationTokenSource? _connection;

    public string McpttId => mcpttId;

    /// <summary>The multiplexed downlink carrying this client's events, if any (changed only under both the session's
    /// and the mux's lock; sequence numbers of an attached client are assigned under the mux's lock).</summary>
    public McxDownlinkMux? Mux => Volatile.Read(ref _mux);

    /// <summary>Queues an event on the client's own downlink or the multiplexed one it is attached to; never blocks
    /// (the oldest event is dropped if nobody reads for long).</summary>
    public void Send(McxEvent e, Timestamp now)
    {
        while (true)
        {
            if (Mux is { } mux)
            {
                if (mux.TrySend(this, e, now))
                {
                    return;
                }

                continue;
            }

            lock (_sink)
            {
                if (_mux is not null)
                {
                    continue;
                }

                e.Sequence = NextSequence();
                e.EmittedAt = now;
                _downlink.Writer.TryWrite(e);
                return;
            }
        }
    }

    /// <summary>The next per-client sequence number; the caller holds the lock that owns the downlink (see <see cref="Mux"/>).</summary>
    public ulong NextSequence() => ++_sequence;

    /// <summary>Takes over the downlink for a new Connect stream, ending the previous one.</summary>
    public CancellationToken Attach(CancellationToken callToken)
    {
        var next = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        lock (_sink)
        {
            SetMux(null);
            Interlocked.Exchange(ref _connection, next)?.Cancel();
        }

        return next.Token;
    }

    /// <summary>Takes over the downlink for a multiplexed stream: ends any Connect stream and moves what is queued
    /// there, in order, so nothing emitted before the attach is lost.</summary>
    public void Attach(McxDownlinkMux mux)
    {
        lock (_sink)
        {
            Interlocked.Exchange(ref _connection, null)?.Cancel();
            SetMux(null);
            mux.Adopt(this, _downlink.Reader, () => _mux = mux);
        }
    }

    /// <summary>Stops carrying this client's events on <paramref name="mux"/> (if it still does); they queue again.</summary>
    public void Detach(McxDownlinkMux mux)
    {
        lock (_sink)
        {
            if (_mux == mux)
            {
                SetMux(null);
            }
        }
    }

    public void Detach()
    {
        lock (_sink)
        {
            SetMux(null);
            Interlocked.Exchange(ref _connection, null)?.Cancel();
        }
    }

    /// <summary>Under the session lock: leaves the current mux under its lock too.</summary>
    private void SetMux(McxDownlinkMux? next)
    {
        if (_mux is { } current)
        {
            current.Release(() => _mux = next);
        }
        else
        {
            _mux = next;
        }
    }

    public ChannelReader<McxEvent> Downlink => _downlink.Reader;
}
