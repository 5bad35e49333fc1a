using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    public async Task AffiliateAsync(string groupId, bool affiliate, CancellationToken ct)
    {
        var request = new AffiliationRequest { McpttId = McpttId, GroupId = groupId };
        var response = await UplinkAsync(mcx => affiliate
            ? mcx.AffiliateAsync(request, Headers, cancellationToken: ct).ResponseAsync
            : mcx.DeaffiliateAsync(request, Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _affiliations.Clear();
            _affiliations.UnionWith(response.AffiliatedGroups);
            if (!affiliate && _selectedGroup == groupId)
            {
                _selectedGroup = "";
            }
        }
    }

    public async Task SelectGroupAsync(string groupId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(groupId))
        {
            throw Errors.Invalid(Errors.Required("group_id"));
        }

        // Ask the service so an unknown group is refused here, not at the first PTT.
        await UplinkAsync(mcx => mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = groupId }, Headers, cancellationToken: ct).ResponseAsync, ct);
        lock (_gate)
        {
            _selectedGroup = groupId;
        }
    }

    public async Task<EmergencyAlert> RaiseEmergencyAlertAsync(string groupId, CancellationToken ct)
    {
        // The alert carries the position (TS 23.379 emergency alert), which the service records as the report.
        var location = CurrentLocation();
        var withLocation = _reporter.Event("emergency-alert", location).Count > 0;
        location.MeasuredAt = Clock.Now(Time);
        var response = await UplinkAsync(mcx => mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest
        {
            McpttId = McpttId,
            GroupId = groupId.Length > 0 ? groupId : _selectedGroup,
            Location = withLocation ? location : null,
        }, Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Alert;
    }

    public async Task<EmergencyAlert> CancelEmergencyAlertAsync(string groupId, CancellationToken ct)
    {
        var response = await UplinkAsync(mcx => mcx.CancelEmergencyAlertAsync(new CancelEmergencyAlertRequest
        {
            McpttId = McpttId,
            GroupId = groupId,
        }, Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Alert;
    }
}
