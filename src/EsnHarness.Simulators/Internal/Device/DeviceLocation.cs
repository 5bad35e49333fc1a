using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Where the terminal is and what it reports (TS 23.280 §10.9, TS 24.379 location reporting): under open sky its GNSS
/// fix of where the user is; below ground or indoors (no GNSS) the serving cell's position from the network model, with
/// the cell's accuracy, marked as such. The <see cref="LocationReporter"/> decides when a report is due; reports that
/// fall due on a timer are sent as the terminal's background work.
/// </summary>
internal sealed class DeviceLocation
{
    private static readonly TimeSpan MaxPass = TimeSpan.FromHours(24);
    private readonly Lock _gate = new();
    private readonly string _deviceId;
    private readonly DeviceRegistration _registration;
    private readonly RadioLink _radio;
    private readonly DeviceUplink _uplink;
    private readonly DeviceLife _life;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly LocationDefects _defects;
    private readonly LocationReporter _reporter;
    private GeoLocation? _position;
    private GeoLocation? _cachedFix;
    private GeoLocation? _lastFix;

    public DeviceLocation(string deviceId, DeviceRegistration registration, RadioLink radio, DeviceUplink uplink, DeviceLife life,
        TimeProvider time, ILogger logger, LocationDefects defects)
    {
        _deviceId = deviceId;
        _registration = registration;
        _radio = radio;
        _uplink = uplink;
        _life = life;
        _time = time;
        _logger = logger;
        _defects = defects;
        _reporter = new LocationReporter(time, ReportInBackground, ignoreDistance: defects.IgnoreDistance, everyMove: defects.ReportsEveryMove);
    }

    public LocationReportingPolicy Policy => _reporter.Policy;

    /// <summary>The position fix the terminal has now: GNSS under open sky, else its serving cell's; null with neither.</summary>
    public GeoLocation? Fix()
    {
        var link = _radio.Current;
        GeoLocation? fix;
        GeoLocation? cached;
        lock (_gate)
        {
            cached = _cachedFix;
            fix = Gnss.IsAvailable(link.Coverage)
                ? _position?.Clone()
                : link.CellLocation?.Clone();
        }

        if (fix is not null)
        {
            fix.Source = Gnss.IsAvailable(link.Coverage) ? LocationSource.Gnss : LocationSource.Cell;
            fix.CellId = fix.Source == LocationSource.Cell ? link.CellId : "";
        }

        // The stale-location defect is consulted only when it would change the answer: a log-on fix that is not the fix now.
        if (cached is not null && !cached.Equals(fix) && _defects.CachedFix)
        {
            return cached.Clone();
        }

        if (fix is null)
        {
            return null;
        }

        var last = fix.Clone();
        last.MeasuredAt ??= Clock.Now(_time);
        lock (_gate)
        {
            _lastFix = last;
        }

        return fix;
    }

    /// <summary>
    /// The position an emergency alert raised now carries when it may have to be stored (no service): the fix now, else the
    /// last fix the terminal had (a basement without coverage has neither GNSS nor a serving cell), with the time it was
    /// measured; null when the policy does not report on alerts or the terminal never had a fix.
    /// </summary>
    public GeoLocation? ForStoredEmergencyAlert()
    {
        if (ForEmergencyAlert() is { } now)
        {
            return now;
        }

        if (!_reporter.Policy.OnEmergencyAlert)
        {
            return null;
        }

        lock (_gate)
        {
            return _lastFix?.Clone();
        }
    }


    /// <summary>Where the user is (not the reported fix): the place's location or where they moved within it; null before power on.</summary>
    public GeoLocation? Position
    {
        get
        {
            lock (_gate)
            {
                return _position?.Clone();
            }
        }
    }

    /// <summary>Powered on at the place of <paramref name="link"/> without the network (direct mode): the user stands at
    /// the place's location; no report is sent.</summary>
    public void PoweredOnOffNetwork(LinkConditions link)
    {
        lock (_gate)
        {
            _position = link.PlaceLocation?.Clone();
            _cachedFix = null;
        }
    }

    /// <summary>Powered on at the place of <paramref name="link"/>: the user stands at the place's location; the log-on report follows.</summary>
    public async Task PoweredOnAsync(LinkConditions link, CancellationToken ct)
    {
        PoweredOnOffNetwork(link);

        var fix = Fix();
        lock (_gate)
        {
            _cachedFix = fix;
        }

        var triggers = _reporter.Event("log-on", fix ?? new GeoLocation());
        if (triggers.Count > 0 && _defects.NoLogOnReport())
        {
            return;
        }

        await SendAsync(triggers, ct);
    }

    public void PoweredOff() => _reporter.Dispose();

    /// <summary>At the place of <paramref name="link"/>: the position GNSS gives from now on (before the link's service is applied, so
    /// anything that service returning sets off, such as a stored alert, sees where the terminal now is).</summary>
    public void Placed(LinkConditions link)
    {
        lock (_gate)
        {
            _position = link.PlaceLocation?.Clone();
        }
    }

    /// <summary>Moved to another place (<paramref name="link"/> there): a cell-change or distance report may fall due.</summary>
    public async Task MovedAsync(LinkConditions link, bool cellChanged, CancellationToken ct)
    {
        Placed(link);

        var triggers = _reporter.MovedTo(FixOrPosition(), cellChanged);
        if (link.InService)
        {
            await SendAsync(triggers, ct);
        }
    }

    public async Task<MoveByResponse> MoveByAsync(double metres, double bearingDeg, CancellationToken ct)
    {
        if (double.IsNaN(metres) || metres is < 0 or > 100_000)
        {
            throw Errors.Invalid($"distance_m {metres} is outside 0..100000 metres");
        }

        if (double.IsNaN(bearingDeg) || bearingDeg is < 0 or > 360)
        {
            throw Errors.Invalid($"bearing_deg {bearingDeg} is outside 0..360 degrees");
        }

        GeoLocation to;
        lock (_gate)
        {
            to = Geodesy.Destination(_position ?? _radio.Current.PlaceLocation ?? new GeoLocation(), metres, bearingDeg);
            to.MeasuredAt = null;
            _position = to;
        }

        var sent = await SendAsync(_reporter.MovedTo(FixOrPosition(), cellChanged: false), ct);
        return new MoveByResponse { Location = to.Clone(), ReportsSent = (uint)sent };
    }

    /// <summary>A report the user asks for, optionally after going to <paramref name="position"/>.</summary>
    public async Task ReportAsync(GeoLocation? position, string trigger, CancellationToken ct)
    {
        if (position is not null)
        {
            lock (_gate)
            {
                _position = position.Clone();
            }
        }

        await SendOneAsync(trigger.Length > 0 ? trigger : "manual", ct, lostIsError: true);
        _reporter.Reported(FixOrPosition());
    }

    public DeviceState SetPolicy(LocationReportingPolicy? policy, Func<DeviceState> state)
    {
        if (policy is null)
        {
            throw Errors.Invalid(Errors.Required("policy"));
        }

        if (policy.DistanceM < 0 || double.IsNaN(policy.DistanceM) || policy.DistanceM > 100_000)
        {
            throw Errors.Invalid($"policy.distance_m {policy.DistanceM} is outside 0..100000 metres");
        }

        _reporter.Configure(policy);
        return state();
    }

    public async Task<PassTimeResponse> PassTimeAsync(uint durationMs, CancellationToken ct)
    {
        var duration = TimeSpan.FromMilliseconds(durationMs);
        if (duration <= TimeSpan.Zero || duration > MaxPass)
        {
            throw Errors.Invalid($"duration_ms {durationMs} is outside 1..{MaxPass.TotalMilliseconds:0} (24 h)");
        }

        var passedAt = Clock.Now(_time);
        var sent = await SendAsync(_reporter.PassTime(duration), ct);
        return new PassTimeResponse { ReportsSent = (uint)sent, PassedAt = passedAt };
    }

    /// <summary>The position an emergency alert carries (TS 23.280 §10.10), when the policy reports on alerts.</summary>
    public GeoLocation? ForEmergencyAlert()
    {
        var fix = Fix();
        var wanted = _reporter.Event("emergency-alert", fix ?? new GeoLocation()).Count > 0;
        if (!wanted || fix is null)
        {
            return null;
        }

        fix.MeasuredAt = Clock.Now(_time);
        return fix;
    }

    /// <summary>An emergency call started: its report goes alongside the call, never delaying the emergency floor request.</summary>
    public void EmergencyCallStarted()
    {
        foreach (var trigger in _reporter.Event("emergency-call", FixOrPosition()))
        {
            ReportInBackground(trigger);
        }
    }

    private GeoLocation FixOrPosition()
    {
        if (Fix() is { } fix)
        {
            return fix;
        }

        lock (_gate)
        {
            return _position?.Clone() ?? new GeoLocation();
        }
    }

    private void ReportInBackground(string trigger) => _life.Run($"location report ({trigger})", ct => SendAsync([trigger], ct));

    /// <summary>Sends the reports the policy says are due, in order; returns how many reached the service (without service a report is lost).</summary>
    private async Task<int> SendAsync(IReadOnlyList<string> triggers, CancellationToken ct)
    {
        var sent = 0;
        foreach (var trigger in triggers)
        {
            sent += await SendOneAsync(trigger, ct, lostIsError: false) ? 1 : 0;
        }

        return sent;
    }

    private async Task<bool> SendOneAsync(string trigger, CancellationToken ct, bool lostIsError)
    {
        if (!_registration.IsRegistered)
        {
            // Powered on in direct mode: no MCX service to report to (TS 23.280 §10.9.1 lets a terminal store it off-network).
            return lostIsError ? throw Errors.Precondition($"device_id '{_deviceId}' is in direct mode and not registered on the network: it has no location service to report to") : false;
        }

        if (Fix() is not { } fix)
        {
            var link = _radio.Current;
            DeviceLog.NoPosition(_logger, _deviceId, link.PlaceId, link.CellId, trigger);
            return lostIsError ? throw Errors.Precondition($"device_id '{_deviceId}' has no position to report at place '{link.PlaceId}': no GNSS fix there and the network model gives no position for its cell '{link.CellId}'") : false;
        }

        fix.MeasuredAt = Clock.Now(_time);
        try
        {
            await _uplink.RequestAsync(mcx => mcx.ReportLocationAsync(new Contracts.Mcx.V1.ReportLocationRequest
            {
                McpttId = _registration.McpttId, Location = fix, Trigger = trigger,
            }, _uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
            return true;
        }
        catch (RpcException e) when (!lostIsError && e.StatusCode is StatusCode.FailedPrecondition or StatusCode.Unavailable)
        {
            // No service: the report is lost, as on a real terminal out of coverage.
            DeviceLog.LocationReportLost(_logger, _deviceId, trigger, e.Status.Detail);
            return false;
        }
    }
}
