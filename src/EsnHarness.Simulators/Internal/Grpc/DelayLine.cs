using System.Threading.Channels;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>
/// Delivers items after a modelled delay on the injected clock, never out of order (a later item with a
/// shorter delay waits for the earlier one, as behind a jitter buffer).
/// </summary>
internal sealed class DelayLine<T>
{
    private readonly Channel<(DateTimeOffset Due, T Item)> _queue = Channel.CreateUnbounded<(DateTimeOffset, T)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastDue;

    public DelayLine(TimeProvider time, Action<T, DateTimeOffset> deliver, CancellationToken ct)
    {
        _time = time;
        _ = RunAsync(deliver, ct);
    }

    public void Enqueue(T item, TimeSpan delay)
    {
        lock (_gate)
        {
            var due = _time.GetUtcNow() + delay;
            _lastDue = due < _lastDue ? _lastDue : due;
            _queue.Writer.TryWrite((_lastDue, item));
        }
    }

    private async Task RunAsync(Action<T, DateTimeOffset> deliver, CancellationToken ct)
    {
        try
        {
            await foreach (var (due, item) in _queue.Reader.ReadAllAsync(ct))
            {
                var wait = due - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, ct); // allowed: modelled network latency on the injected clock
                }

                deliver(item, due);
            }
        }
        catch (OperationCanceledException)
        {
            // Owner stopped.
        }
    }
}
