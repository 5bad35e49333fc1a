namespace EsnHarness.Simulators.FloorControl.Internal;

/// <summary>
/// One one-shot protocol timer (T1, T2, ...) of a state machine, driven by the injected
/// <see cref="TimeProvider"/>. Expiry runs <c>onExpiry</c> under the owner's lock; a callback from a
/// timer that was stopped or restarted in the meantime is recognised by its generation and dropped.
/// </summary>
internal sealed class FloorTimer(TimeProvider time, Lock gate, Action onExpiry) : IDisposable
{
    private ITimer? _timer;
    private long _generation;
    private DateTimeOffset _due;

    public bool IsRunning { get; private set; }

    /// <summary>Time left before expiry, or zero when not running.</summary>
    public TimeSpan Remaining
    {
        get
        {
            if (!IsRunning)
            {
                return TimeSpan.Zero;
            }

            var left = _due - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>Starts the timer, or restarts it from the full duration if running. Call under the lock.</summary>
    public void Start(TimeSpan duration)
    {
        Stop();
        var generation = ++_generation;
        IsRunning = true;
        _due = time.GetUtcNow() + duration;
        _timer = time.CreateTimer(Fire, generation, duration, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Stops the timer if running. Call under the lock.</summary>
    public void Stop()
    {
        if (!IsRunning && _timer is null)
        {
            return;
        }

        IsRunning = false;
        _generation++;
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose() => Stop();

    private void Fire(object? state)
    {
        lock (gate)
        {
            if (!IsRunning || (long)state! != _generation)
            {
                return;
            }

            IsRunning = false;
            _timer?.Dispose();
            _timer = null;
            onExpiry();
        }
    }
}
