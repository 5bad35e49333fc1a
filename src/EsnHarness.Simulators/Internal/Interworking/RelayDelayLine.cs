using System.Threading.Channels;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// Delivers items after a modelled delay on the world's clock, never out of order (a later item with a shorter delay
/// waits for the earlier one, as behind a jitter buffer). Its delivery loop is work of the namespace's world.
/// </summary>
internal sealed class RelayDelayLine<T>
{
    private readonly Channel<(DateTimeOffset Due, T Item)> _queue = Channel.CreateUnbounded<(DateTimeOffset, T)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastDue;

    public RelayDelayLine(WorldScope scope, string what, Action<T, DateTimeOffset> deliver, CancellationToken stop)
    {
        _time = scope.Time;
        scope.Run(what, async closing =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(closing, stop);
            try
            {
                await RunAsync(deliver, linked.Token);
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                // The owner stopped or the namespace closed: undelivered items go with it.
            }
        });
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
        await foreach (var (due, item) in _queue.Reader.ReadAllAsync(ct))
        {
            // A timer may fire a little before its due time by the clock: wait again until the modelled delay has passed.
            for (var wait = due - _time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - _time.GetUtcNow())
            {
                await Task.Delay(wait, _time, ct); // allowed: modelled network latency on the injected clock
            }

            deliver(item, due);
        }
    }
}
