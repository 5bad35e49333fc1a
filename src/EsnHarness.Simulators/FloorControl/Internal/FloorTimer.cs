namespace EsnHarness.Simulators.FloorControl.Internal;

/// <summary>
/// One one-shot protocol timer (T1, T2, ...) of a state machine, driven by the injected
/// <see cref="TimeProvider"/>. Expiry runs <c>onExpiry</c> under the owner's lock. A restart re-arms the same timer
/// (a participant restarts T103 on every voice frame it receives, so creating and disposing a timer each time cost a
/// finalizable allocation and two timer-queue updates per frame per listener); a callback from an earlier arming that
/// was already on its way when the timer was stopped or restarted is recognised by the due time and dropped or re-armed.
/// </summary>
internal sealed class FloorTimer(TimeProvider time, Lock gate, Action onExpiry) : IDisposable
{
    /// <summary>How early a system timer may fire against the clock it is compared with (millisecond ticks): a callback
    /// earlier than this before the due time belongs to an earlier arming.</summary>
    private static readonly TimeSpan Granularity = TimeSpan.FromMilliseconds(1);

    private ITimer? _timer;
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
        IsRunning = true;
        _due = time.GetUtcNow() + duration;
        if (_timer is null)
        {
            _timer = time.CreateTimer(static state => ((FloorTimer)state!).Fire(), this, duration, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(duration, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the timer if running. Call under the lock.</summary>
    public void Stop()
    {
        if (!IsRunning)
        {
            return;
        }

        IsRunning = false;
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Stops the timer and releases it (a later <see cref="Start"/> creates another).</summary>
    public void Dispose()
    {
        IsRunning = false;
        _timer?.Dispose();
        _timer = null;
    }

    private void Fire()
    {
        lock (gate)
        {
            if (!IsRunning)
            {
                return;
            }

            var left = _due - time.GetUtcNow();
            if (left > Granularity)
            {
                // An expiry of an earlier arming, dispatched before the restart re-armed the timer: the restart's due
                // time stands (re-arming is idempotent if the restart's own callback is still to come).
                _timer?.Change(left, Timeout.InfiniteTimeSpan);
                return;
            }

            IsRunning = false;
            onExpiry();
        }
    }
}
