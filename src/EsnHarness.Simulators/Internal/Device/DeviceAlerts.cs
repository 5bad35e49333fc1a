using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The emergency button (TS 23.280 §10.10): the alert goes to the group with the user's position, which the service
/// records as a location report; cancelling ends it. A loud alert sounds the terminal's alert tone; a silent one (a lone
/// worker's covert alarm) sounds nothing and asks the service to tell only the dispatchers. Without location when the
/// terminal carries that defect; with the tone even when silent when it carries that one.
/// </summary>
internal sealed class DeviceAlerts(DeviceRegistration registration, DeviceLocation location, DeviceUplink uplink, DeviceEventLog events, AlertDefects defects)
{
    public async Task<EmergencyAlert> RaiseAsync(string groupId, bool silent, CancellationToken ct)
    {
        var position = location.ForEmergencyAlert();
        if (!silent || defects.AudibleWhenSilent)
        {
            events.Emit(new DeviceEvent { AudibleIndication = new AudibleIndication { Reason = "emergency alert raised: alert tone" } });
        }

        var response = await uplink.RequestAsync(mcx => mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest
        {
            McpttId = registration.McpttId,
            GroupId = groupId.Length > 0 ? groupId : registration.SelectedGroup,
            Location = defects.WithoutLocation ? null : position,
            Silent = silent,
        }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Alert;
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
}
