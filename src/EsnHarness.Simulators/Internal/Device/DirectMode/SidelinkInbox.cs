using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// What reaches one terminal over the sidelink: messages wait their modelled delay on the injected clock and are handed
/// on in the order they were sent (a later message never overtakes an earlier one), one at a time, never from inside
/// the sender's call. Disposing it drops what is still on its way.
/// </summary>
internal sealed class SidelinkInbox(string deviceId, TimeProvider time, ILogger logger, Action<SidelinkMessage, TimeSpan, DateTimeOffset> deliver) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Queue<(SidelinkMessage Message, TimeSpan Delay, DateTimeOffset Due)> _queue = new();
    private ITimer? _timer;
    private DateTimeOffset _lastDue;
    private bool _delivering;
    private bool _closed;

    /// <summary>Queues <paramref name="message"/> to arrive <paramref name="delay"/> (positive) from now.</summary>
    public void Enqueue(SidelinkMessage message, TimeSpan delay)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var due = time.GetUtcNow() + delay;
            due = due < _lastDue ? _lastDue : due;
            _lastDue = due;
            _queue.Enqueue((message, delay, due));
            if (!_delivering)
            {
                ArmLocked();
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            _queue.Clear();
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void ArmLocked()
    {
        if (_queue.Count == 0 || _closed)
        {
            return;
        }

        // At least a tick: a timer due now would run inside the caller (the sender's call, with a fake clock).
        var wait = _queue.Peek().Due - time.GetUtcNow();
        wait = wait < TimeSpan.FromTicks(1) ? TimeSpan.FromTicks(1) : wait;
        _timer ??= time.CreateTimer(_ => Deliver(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private void Deliver()
    {
        lock (_gate)
        {
            if (_delivering || _closed)
            {
                return;
            }

            _delivering = true;
        }

        while (true)
        {
            var due = new List<(SidelinkMessage Message, TimeSpan Delay, DateTimeOffset Due)>();
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (!_closed && _queue.TryPeek(out var head) && head.Due <= now)
                {
                    due.Add(_queue.Dequeue());
                }

                if (due.Count == 0)
                {
                    _delivering = false;
                    ArmLocked();
                    return;
                }
            }

            foreach (var (message, delay, at) in due)
            {
                try
                {
                    deliver(message, delay, at);
                }
                catch (Exception e)
                {
                    // A timer callback must not throw: the fault is logged and the next message still arrives.
                    DirectModeLog.DeliveryFailed(logger, e, deviceId, message.GetType().Name);
                }
            }
        }
    }
}
