using System.Threading.Channels;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>
/// Delivers items after a modelled delay on the world's clock, never out of order (a later item with a shorter delay
/// waits for the earlier one, as behind a jitter buffer). Its delivery loop is background work of the world
/// (<see cref="WorldScope.Run"/>): it ends when the owner's token is cancelled or the world closes, and a delivery that
/// throws is logged, not lost.
/// </summary>
internal sealed class DelayLine<T>
{
    private readonly Channel<(DateTimeOffset Due, T Item)> _queue = Channel.CreateUnbounded<(DateTimeOffset, T)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private DateTimeOffset _lastDue;

    /// <param name="scope">The world the line belongs to.</param>
    /// <param name="what">What the line carries, for the log.</param>
    /// <param name="deliver">Called with each item at its due time.</param>
    /// <param name="ct">The owner's life: cancelled when it stops.</param>
    public DelayLine(WorldScope scope, string what, Action<T, DateTimeOffset> deliver, CancellationToken ct)
    {
        _time = scope.Time;
        scope.Run(what, closing => RunAsync(deliver, closing, ct));
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

    private async Task RunAsync(Action<T, DateTimeOffset> deliver, CancellationToken closing, CancellationToken owner)
    {
        using var life = CancellationTokenSource.CreateLinkedTokenSource(closing, owner);
        try
        {
            await foreach (var (due, item) in _queue.Reader.ReadAllAsync(life.Token))
            {
                var wait = due - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, life.Token); // allowed: modelled network latency on the injected clock
                }

                deliver(item, due);
            }
        }
        catch (OperationCanceledException) when (owner.IsCancellationRequested)
        {
            // The owner stopped: what is still queued is dropped with it (the world's closing is handled by WorldScope.Run).
        }
    }
}
