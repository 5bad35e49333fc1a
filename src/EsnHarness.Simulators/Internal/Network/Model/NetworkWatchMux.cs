using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>One WatchTerminals stream: the link conditions of many terminals, written in batches.</summary>
internal sealed class NetworkWatchMux(int maxBatch)
{
    private readonly Channel<LinkConditions> _queue = Channel.CreateUnbounded<LinkConditions>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _watched = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WatchRejection> _rejected = new();

    /// <summary>Terminal IDs this stream watches (to unsubscribe when it ends).</summary>
    public ICollection<string> Watched => _watched.Keys;

    public void Write(LinkConditions conditions) => _queue.Writer.TryWrite(conditions);

    public void Watching(string terminalId, bool on)
    {
        if (on)
        {
            _watched[terminalId] = 0;
        }
        else
        {
            _watched.TryRemove(terminalId, out _);
        }
    }

    public void Reject(string terminalId, string reason)
    {
        _rejected.Enqueue(new WatchRejection { TerminalId = terminalId, Reason = reason });
        _queue.Writer.TryWrite(new LinkConditions());
    }

    public async Task PumpAsync(IServerStreamWriter<LinkConditionsBatch> stream, CancellationToken ct)
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync(ct))
        {
            var batch = new LinkConditionsBatch();
            while (batch.Conditions.Count < maxBatch && reader.TryRead(out var item))
            {
                if (item.TerminalId.Length > 0)
                {
                    batch.Conditions.Add(item);
                }
            }

            while (_rejected.TryDequeue(out var rejection))
            {
                batch.Rejected.Add(rejection);
            }

            if (batch.Conditions.Count > 0 || batch.Rejected.Count > 0)
            {
                await stream.WriteAsync(batch, ct);
            }
        }
    }
}
