using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The emergency button (TS 23.280 §10.10): the alert goes to the group with the user's position, which the service
/// records as a location report; cancelling ends it. Without location when the terminal carries that defect.
/// </summary>
internal sealed class DeviceAlerts(DeviceRegistration registration, DeviceLocation location, DeviceUplink uplink, bool withoutLocation)
{
    public async Task<EmergencyAlert> RaiseAsync(string groupId, CancellationToken ct)
    {
        var position = location.ForEmergencyAlert();
        var response = await uplink.RequestAsync(mcx => mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest
        {
            McpttId = registration.McpttId,
            GroupId = groupId.Length > 0 ? groupId : registration.SelectedGroup,
            Location = withoutLocation ? null : position,
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
}
