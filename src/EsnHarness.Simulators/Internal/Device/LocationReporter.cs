using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Decides when one terminal reports its location (TS 24.379 location reporting configuration): periodically from the
/// last report, on distance travelled from the last reported position, on cell change, and on events (log-on,
/// emergency alert, emergency call), never two distance or cell-change reports closer than the minimum interval.
/// Time is the injected clock plus the time passed through <see cref="PassTime"/>, so a scenario can let 30 s pass
/// without waiting for them. Methods return the triggers due now, for the caller to send in order; reports falling due
/// on the clock alone (periodic, held back) go to <c>due</c>. With <c>ignoreDistance</c> (a reference defect) distance
/// travelled never triggers a report; with <c>everyMove</c> (another) any move at all does.
/// </summary>
internal sealed class LocationReporter(TimeProvider time, Action<string> due, DefectSwitch? ignoreDistance = null, Func<bool>? everyMove = null) : IDisposable
{
    /// <summary>Until configured: distance (operator practice, 200 m), cell change and events; no periodic reports.</summary>
    public static LocationReportingPolicy DefaultPolicy => new()
    {
        DistanceM = 200, OnCellChange = true, OnLogOn = true, OnEmergencyAlert = true, OnEmergencyCall = true,
    };

    private const int MaxReportsPerPass = 10_000;
    private readonly Lock _gate = new();
    private LocationReportingPolicy _policy = DefaultPolicy;
    private TimeSpan _passed;
    private DateTimeOffset _anchor = time.GetUtcNow();
    private DateTimeOffset? _lastReportAt;
    private GeoLocation? _lastReported;
    private GeoLocation? _current;
    private string? _heldBack;
    private ITimer? _timer;

    public LocationReportingPolicy Policy
    {
        get
        {
            lock (_gate)
            {
                return _policy.Clone();
            }
        }
    }

    /// <summary>The terminal's reporting time: the clock plus all the time passed.</summary>
    public DateTimeOffset Now
    {
        get
        {
            lock (_gate)
            {
                return NowLocked;
            }
        }
    }

    private DateTimeOffset NowLocked => time.GetUtcNow() + _passed;

    public void Configure(LocationReportingPolicy policy)
    {
        lock (_gate)
        {
            _policy = policy.Clone();
            _anchor = NowLocked;
            Reschedule();
        }
    }

    /// <summary>The terminal is now at <paramref name="position"/>; a distance or cell-change report may fall due.</summary>
    public IReadOnlyList<string> MovedTo(GeoLocation position, bool cellChanged)
    {
        lock (_gate)
        {
            _current = position.Clone();
            var trigger = cellChanged && _policy.OnCellChange ? "cell-change"
                : _policy.DistanceM > 0 && (_lastReported is null || Geodesy.DistanceMetres(_lastReported, position) >= _policy.DistanceM || MovedShort(position)) && ignoreDistance?.On != true ? "distance"
                : null;
            if (trigger is null)
            {
                return [];
            }

            if (_lastReportAt is { } at && NowLocked - at < MinimumInterval)
            {
                _heldBack = trigger;
                Reschedule();
                return [];
            }

            RecordLocked();
            return [trigger];
        }
    }

    /// <summary>A move short of the distance trigger that a defective terminal reports all the same (consulted only for such a move).</summary>
    private bool MovedShort(GeoLocation position) =>
        everyMove is not null && _lastReported is not null && Geodesy.DistanceMetres(_lastReported, position) > 0 && everyMove();

    /// <summary>An MCPTT event ("log-on", "emergency-alert", "emergency-call") at <paramref name="position"/>: reported at once when the policy says so.</summary>
    public IReadOnlyList<string> Event(string trigger, GeoLocation position)
    {
        lock (_gate)
        {
            _current = position.Clone();
            var wanted = trigger switch
            {
                "log-on" => _policy.OnLogOn,
                "emergency-alert" => _policy.OnEmergencyAlert,
                "emergency-call" => _policy.OnEmergencyCall,
                _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "not a location reporting event"),
            };
            if (!wanted)
            {
                return [];
            }

            RecordLocked();
            return [trigger];
        }
    }

    /// <summary>A report was sent from <paramref name="position"/> for another reason (e.g. a manual report).</summary>
    public void Reported(GeoLocation position)
    {
        lock (_gate)
        {
            _current = position.Clone();
            RecordLocked();
        }
    }

    /// <summary>Lets <paramref name="duration"/> pass: returns the reports that fall due within it, in order.</summary>
    public IReadOnlyList<string> PassTime(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        lock (_gate)
        {
            var end = NowLocked + duration;
            List<string> sent = [];
            while (sent.Count < MaxReportsPerPass && NextDueLocked() is { } next && next.At <= end)
            {
                if (next.At > NowLocked)
                {
                    _passed += next.At - NowLocked;
                }

                RecordLocked();
                sent.Add(next.Trigger);
            }

            if (end > NowLocked)
            {
                _passed += end - NowLocked;
            }

            Reschedule();
            return sent;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private TimeSpan MinimumInterval => TimeSpan.FromMilliseconds(_policy.MinimumIntervalMs);

    private (DateTimeOffset At, string Trigger)? NextDueLocked()
    {
        (DateTimeOffset At, string Trigger)? next = null;
        if (_policy.PeriodMs > 0)
        {
            next = ((_lastReportAt ?? _anchor) + TimeSpan.FromMilliseconds(_policy.PeriodMs), "periodic");
        }

        if (_heldBack is { } held)
        {
            var at = (_lastReportAt ?? _anchor) + MinimumInterval;
            if (next is null || at < next.Value.At)
            {
                next = (at, held);
            }
        }

        return next;
    }

    private void RecordLocked()
    {
        _lastReportAt = NowLocked;
        _lastReported = _current?.Clone();
        _heldBack = null;
        Reschedule();
    }

    private void Reschedule()
    {
        _timer?.Dispose();
        _timer = null;
        if (NextDueLocked() is not { } next)
        {
            return;
        }

        var wait = next.At - NowLocked;
        _timer = time.CreateTimer(_ => OnTimer(), null, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void OnTimer()
    {
        string trigger;
        lock (_gate)
        {
            if (NextDueLocked() is not { } next || next.At > NowLocked)
            {
                Reschedule();
                return;
            }

            trigger = next.Trigger;
            RecordLocked();
        }

        due(trigger);
    }
}
