using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The emergency button and the man-down sensor's alert (TS 23.280 §10.10): the alert goes to the group with the user's
/// position, which the service records as a location report; cancelling ends it. A loud alert sounds the terminal's alert
/// tone; a silent one (a lone worker's covert alarm) sounds nothing and asks the service to tell only the dispatchers.
/// Raised without service, the alert is stored with the position and time it was raised and sent, in order, as soon as
/// service returns (a London assumption: an emergency is never lost to a gap in coverage). Faults it may carry: no
/// location at all, the tone even when silent, a stored alert dropped, or sent with the position at delivery.
/// </summary>
internal sealed class DeviceAlerts(
    string deviceId, DeviceRegistration registration, DeviceLocation location, DeviceUplink uplink, DeviceEventLog events, RadioLink radio, DeviceLife life,
    TimeProvider time, ILogger logger, AlertDefects defects)
{
    private readonly Lock _gate = new();
    private readonly List<RaiseEmergencyAlertRequest> _stored = [];

    /// <summary>Alerts waiting for service.</summary>
    public int Stored
    {
        get
        {
            lock (_gate)
            {
                return _stored.Count;
            }
        }
    }

    public async Task<EmergencyAlertResult> RaiseAsync(string groupId, bool silent, string trigger, CancellationToken ct)
    {
        if (!silent || defects.AudibleWhenSilent)
        {
            events.Emit(new DeviceEvent { AudibleIndication = new AudibleIndication { Reason = "emergency alert raised: alert tone" } });
        }

        var request = new RaiseEmergencyAlertRequest
        {
            McpttId = registration.McpttId,
            GroupId = groupId.Length > 0 ? groupId : registration.SelectedGroup,
            Trigger = trigger,
            TriggeredAt = Clock.Now(time),
            Silent = silent,
        };
        if (radio.InService)
        {
            request.Location = location.ForEmergencyAlert() is { } fix && !defects.WithoutLocation ? fix : null;
            var response = await SendAsync(request, ct);
            return new EmergencyAlertResult { Alert = response.Alert };
        }

        request.Location = location.ForStoredEmergencyAlert() is { } last && !defects.WithoutLocation ? last : null;
        if (defects.DropStored)
        {
            DeviceLog.DefectApplied(logger, deviceId, "device.out-of-coverage-emergency-dropped", "the alert raised without service was not stored");
        }
        else
        {
            lock (_gate)
            {
                _stored.Add(request);
            }
        }

        return new EmergencyAlertResult { Alert = Preview(request), StoredForDelivery = true };
    }

    public async Task<EmergencyAlert> CancelAsync(string groupId, CancellationToken ct)
    {
        var response = await uplink.RequestAsync(mcx => mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest
        {
            McpttId = registration.McpttId,
            GroupId = groupId,
        }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Alert;
    }

    /// <summary>An alert event came down: someone else's active alert sounds the terminal's alarm.</summary>
    public void Received(EmergencyAlert alert)
    {
        if (!alert.Cancelled && alert.McpttId != registration.McpttId && !alert.Acknowledged)
        {
            events.Emit(new DeviceEvent { AudibleIndication = new AudibleIndication { Reason = $"emergency alert from {alert.McpttId}: alarm" } });
        }
    }

    /// <summary>Service is back: the stored alerts go out, oldest first, as the terminal's background work.</summary>
    public void ServiceReturned()
    {
        if (Stored > 0)
        {
            life.Run("stored emergency alerts", DeliverStoredAsync);
        }
    }

    /// <summary>Powered off: stored alerts are lost with the terminal's memory of them.</summary>
    public void PoweredOff()
    {
        lock (_gate)
        {
            _stored.Clear();
        }
    }

    private async Task DeliverStoredAsync(CancellationToken ct)
    {
        while (radio.InService && Next() is { } request)
        {
            if (defects.LocationAtDelivery)
            {
                request.Location = location.ForEmergencyAlert();
            }

            try
            {
                await SendAsync(request, ct);
                lock (_gate)
                {
                    _stored.Remove(request);
                }
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.FailedPrecondition or StatusCode.Unavailable && !radio.InService)
            {
                // Service went again before it reached the MCX: it stays stored for the next return.
                DeviceLog.StoredAlertNotSent(logger, deviceId, e.Status.Detail);
                return;
            }
        }
    }

    private RaiseEmergencyAlertRequest? Next()
    {
        lock (_gate)
        {
            return _stored.FirstOrDefault();
        }
    }

    private Task<EmergencyAlertResponse> SendAsync(RaiseEmergencyAlertRequest request, CancellationToken ct) =>
        uplink.RequestAsync(mcx => mcx.RaiseEmergencyAlertAsync(request, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);

    /// <summary>The alert as the terminal will send it (shown to the user as pending).</summary>
    private static EmergencyAlert Preview(RaiseEmergencyAlertRequest request) => new()
    {
        McpttId = request.McpttId, GroupId = request.GroupId, Location = request.Location, Trigger = request.Trigger, Silent = request.Silent,
        TriggeredAt = request.TriggeredAt ?? new Timestamp(),
    };
}
