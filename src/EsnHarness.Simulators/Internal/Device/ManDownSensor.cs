using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The man-down sensor (a London assumption: terminals for Airwave carry one; TS 22.280 has none): no movement for the
/// policy's time, or lying tilted for its tilt time, raises one emergency alert by itself (<paramref name="raise"/>, trigger
/// "man-down"); movement, or standing upright, resets the time and a new episode may raise again. Timers run on the
/// terminal's clock. Faults: the alert is never raised, or movement does not reset the time.
/// </summary>
internal sealed class ManDownSensor(TimeProvider time, Action raise, DefectSwitch neverRaises, DefectSwitch movementIgnored) : IDisposable
{
    private static readonly TimeSpan MaxTime = TimeSpan.FromHours(1);
    private readonly Lock _gate = new();
    private ManDownPolicy _policy = new();
    private bool _moving = true;
    private bool _tilted;
    private bool _raised;
    private ITimer? _timer;
    private DateTimeOffset? _dueAt;

    public ManDownPolicy Policy
    {
        get
        {
            lock (_gate)
            {
                return _policy.Clone();
            }
        }
    }

    public static void Validate(ManDownPolicy? policy)
    {
        if (policy is null)
        {
            return;
        }

        foreach (var (value, field) in new[] { (policy.NoMovementMs, "features.man_down.no_movement_ms"), (policy.TiltMs, "features.man_down.tilt_ms") })
        {
            if (TimeSpan.FromMilliseconds(value) > MaxTime)
            {
                throw Errors.Invalid($"field '{field}' is {value} ms; at most {MaxTime.TotalMilliseconds:0} (1 h)");
            }
        }
    }

    public void Configure(ManDownPolicy? policy)
    {
        lock (_gate)
        {
            _policy = policy?.Clone() ?? new ManDownPolicy();
            _raised = false;
            Reschedule();
        }
    }

    /// <summary>A sensor reading; returns when the alert falls due now (null when none is).</summary>
    public MotionResponse Report(bool moving, bool tilted)
    {
        lock (_gate)
        {
            var resets = (moving && !_moving) || (!tilted && _tilted);
            _moving = moving;
            _tilted = tilted;
            if (resets && !movementIgnored.On)
            {
                _raised = false;
                _timer?.Dispose();
                _timer = null;
                _dueAt = null;
            }

            Reschedule();
            return new MotionResponse { ManDownDueAt = _dueAt is { } due ? Timestamp.FromDateTimeOffset(due) : null };
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _dueAt = null;
        }
    }

    /// <summary>Starts the timer the readings call for, keeping one already running (the time counts from the first reading).</summary>
    private void Reschedule()
    {
        var after = _raised || !_policy.Enabled ? (TimeSpan?)null : Due();
        if (after is null)
        {
            if (!_policy.Enabled || !movementIgnored.On)
            {
                _timer?.Dispose();
                _timer = null;
                _dueAt = null;
            }

            return;
        }

        if (_timer is not null)
        {
            return;
        }

        _dueAt = time.GetUtcNow() + after.Value;
        _timer = time.CreateTimer(_ => Fire(), null, after.Value, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The shorter of the times the current readings start, or null when neither applies.</summary>
    private TimeSpan? Due()
    {
        TimeSpan? still = !_moving && _policy.NoMovementMs > 0 ? TimeSpan.FromMilliseconds(_policy.NoMovementMs) : null;
        TimeSpan? lying = _tilted && _policy.TiltMs > 0 ? TimeSpan.FromMilliseconds(_policy.TiltMs) : null;
        return still is null ? lying : lying is null ? still : still < lying ? still : lying;
    }

    private void Fire()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _dueAt = null;
            if (_raised)
            {
                return;
            }

            _raised = true;
        }

        if (!neverRaises.On)
        {
            raise();
        }
    }
}
