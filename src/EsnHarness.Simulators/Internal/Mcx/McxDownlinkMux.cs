using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// One ConnectMany stream: the downlink of many clients, written as batches so that a voice frame fanned out to a
/// thousand members costs one HTTP/2 write, not a thousand stream writes. Bounded: past the capacity the oldest
/// events are dropped, as on a client's own downlink.
/// </summary>
internal sealed class McxDownlinkMux(int capacity, int maxBatch)
{
    private readonly Channel<AddressedMcxEvent> _queue = Channel.CreateBounded<AddressedMcxEvent>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly ConcurrentDictionary<string, McxClientSession> _attached = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DownlinkRejection> _rejected = new();

    public bool TryWrite(string mcpttId, McxEvent e) => _queue.Writer.TryWrite(new AddressedMcxEvent { McpttId = mcpttId, Event = e });

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

    /// <summary>Reports a failed attach on the stream without ending it for the other clients.</summary>
    public void Reject(string mcpttId, string reason)
    {
        _rejected.Enqueue(new DownlinkRejection { McpttId = mcpttId, Reason = reason });
        _queue.Writer.TryWrite(new AddressedMcxEvent());
    }

    /// <summary>Writes everything queued as one batch (up to <c>maxBatch</c> events), until cancelled.</summary>
    public async Task PumpAsync(IServerStreamWriter<DownlinkBatch> stream, CancellationToken ct)
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(ct))
        {
            var batch = new DownlinkBatch();
            while (batch.Events.Count < maxBatch && reader.TryRead(out var item))
            {
                if (item.Event is not null)
                {
                    batch.Events.Add(item);
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
