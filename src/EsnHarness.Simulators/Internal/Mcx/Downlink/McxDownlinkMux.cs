using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Downlink;

/// <summary>
/// One ConnectMany stream: the downlink of many clients, written as batches, and an event fanned out to many of its
/// clients (a voice frame to a group) queued and serialised once, so a frame to a 1,000-member group costs one
/// small HTTP/2 write. Per-client order holds because an attached client's sequence numbers are assigned and its
/// events queued under this mux's lock. Bounded: past the capacity the oldest entries are dropped, as on a client's
/// own downlink.
/// </summary>
internal sealed class McxDownlinkMux(int capacity, int maxBatch)
{
    /// <summary>A batch stops growing past this size, far below gRPC's default 4 MiB message limit.</summary>
    private const int MaxBatchBytes = 1 << 20;

    private readonly Lock _gate = new();
    private readonly Channel<AddressedMcxEvent> _queue = Channel.CreateBounded<AddressedMcxEvent>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly ConcurrentDictionary<string, McxClientSession> _attached = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DownlinkRejection> _rejected = new();

    public void Attach(McxClientSession session)
    {
        _attached[session.McpttId] = session;
        session.Attach(this);
    }

    public void Detach(string mcpttId)
    {
        if (_attached.TryRemove(mcpttId, out var session))
        {
            session.Detach(this);
        }
    }

    /// <summary>Called by the session under its own lock: moves its queued events here, then switches it over.</summary>
    public void Adopt(McxClientSession session, ChannelReader<McxEvent> queued, Action switchOver)
    {
        lock (_gate)
        {
            while (queued.TryRead(out var e))
            {
                _queue.Writer.TryWrite(new AddressedMcxEvent { McpttId = session.McpttId, Event = e });
            }

            switchOver();
        }
    }

    /// <summary>Called by the session under its own lock when it leaves this mux.</summary>
    public void Release(Action switchOver)
    {
        lock (_gate)
        {
            switchOver();
        }
    }

    /// <summary>Queues an event for one attached client; false if the client is no longer attached here.</summary>
    public bool TrySend(McxClientSession session, McxEvent e, Timestamp now)
    {
        lock (_gate)
        {
            if (session.Mux != this)
            {
                return false;
            }

            e.Sequence = session.NextSequence();
            e.EmittedAt = now;
            _queue.Writer.TryWrite(new AddressedMcxEvent { McpttId = session.McpttId, Event = e });
            return true;
        }
    }

    /// <summary>Queues one event for many clients as a single entry; returns those no longer attached here.</summary>
    public List<McxClientSession>? FanOut(List<McxClientSession> sessions, McxEvent e, Timestamp now)
    {
        List<McxClientSession>? elsewhere = null;
        var entry = new AddressedMcxEvent { Event = e };
        lock (_gate)
        {
            e.EmittedAt = now;
            foreach (var session in sessions)
            {
                if (session.Mux != this)
                {
                    (elsewhere ??= []).Add(session);
                }
                else if (entry.McpttId.Length == 0)
                {
                    entry.McpttId = session.McpttId;
                    e.Sequence = session.NextSequence();
                }
                else
                {
                    entry.MoreMcpttIds.Add(session.McpttId);
                    entry.MoreSequences.Add(session.NextSequence());
                }
            }

            if (entry.McpttId.Length > 0)
            {
                _queue.Writer.TryWrite(entry);
            }
        }

        return elsewhere;
    }

    /// <summary>Reports a failed attach on the stream without ending it for the other clients.</summary>
    public void Reject(string mcpttId, string reason)
    {
        _rejected.Enqueue(new DownlinkRejection { McpttId = mcpttId, Reason = reason });
        _queue.Writer.TryWrite(new AddressedMcxEvent());
    }

    /// <summary>Writes everything queued as batches (up to <c>maxBatch</c> entries or about 1 MiB each), until cancelled.</summary>
    public async Task PumpAsync(IServerStreamWriter<DownlinkBatch> stream, CancellationToken ct)
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(ct))
        {
            var batch = new DownlinkBatch();
            var bytes = 0;
            while (batch.Events.Count < maxBatch && bytes < MaxBatchBytes && reader.TryRead(out var item))
            {
                if (item.Event is not null)
                {
                    batch.Events.Add(item);
                    bytes += item.CalculateSize();
                }
            }

            while (_rejected.TryDequeue(out var rejection))
            {
                batch.Rejected.Add(rejection);
            }

            if (batch.Events.Count > 0 || batch.Rejected.Count > 0)
            {
                await stream.WriteAsync(batch, ct);
            }
        }
    }

    /// <summary>The stream ended: every client still attached falls back to queueing on its own downlink.</summary>
    public void Close()
    {
        foreach (var session in _attached.Values)
        {
            session.Detach(this);
        }

        _attached.Clear();
    }
}
