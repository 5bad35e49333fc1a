using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Location reporting: the policy, moves within a cell, and time passing for the reporting clock.</summary>
internal sealed partial class SimulatedDevice
{
    private static readonly TimeSpan MaxPass = TimeSpan.FromHours(24);

    public DeviceState SetLocationReporting(LocationReportingPolicy? policy)
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
        return State();
    }

    public async Task<PassTimeResponse> PassTimeAsync(uint durationMs, CancellationToken ct)
    {
        var duration = TimeSpan.FromMilliseconds(durationMs);
        if (duration <= TimeSpan.Zero || duration > MaxPass)
        {
            throw Errors.Invalid($"duration_ms {durationMs} is outside 1..{MaxPass.TotalMilliseconds:0} (24 h)");
        }

        var passedAt = Clock.Now(Time);
        var sent = await SendTriggeredAsync(_reporter.PassTime(duration), ct);
        return new PassTimeResponse { ReportsSent = (uint)sent, PassedAt = passedAt };
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
            to = Geodesy.Destination(_location ?? _link.PlaceLocation ?? new GeoLocation(), metres, bearingDeg);
            to.MeasuredAt = null;
            _location = to;
        }

        var sent = await SendTriggeredAsync(_reporter.MovedTo(to, cellChanged: false), ct);
        return new MoveByResponse { Location = to.Clone(), ReportsSent = (uint)sent };
    }

    private GeoLocation CurrentLocation()
    {
        lock (_gate)
        {
            return (_location ?? new GeoLocation()).Clone();
        }
    }

    /// <summary>Sends the reports the policy says are due, in order; returns how many reached the service.</summary>
    private async Task<int> SendTriggeredAsync(IReadOnlyList<string> triggers, CancellationToken ct)
    {
        var sent = 0;
        foreach (var trigger in triggers)
        {
            try
            {
                await SendLocationAsync(trigger, ct);
                sent++;
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.FailedPrecondition or StatusCode.Unavailable)
            {
                // No service: the report is lost, as on a real terminal out of coverage.
            }
        }

        return sent;
    }

    private void OnReportDue(string trigger)
    {
        if (_life is { } life)
        {
            _ = SendTriggeredAsync([trigger], life.Token).ContinueWith(
                t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
