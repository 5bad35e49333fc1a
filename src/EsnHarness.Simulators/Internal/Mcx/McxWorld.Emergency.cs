using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    private readonly Dictionary<string, EmergencyAlert> _alerts = new(StringComparer.Ordinal);

    public EmergencyAlert RaiseEmergencyAlert(RaiseEmergencyAlertRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            var groupId = request.GroupId.Length > 0 ? request.GroupId
                : client.Affiliations.FirstOrDefault() ?? throw Errors.Precondition(
                    $"mcptt_id '{client.McpttId}' named no group_id and is affiliated to none");
            var group = RequireGroup(groupId, "group_id");
            if (!client.Profile.AllowEmergency || !group.AllowEmergencyAlert)
            {
                throw Errors.Denied(
                    $"emergency alerts are not allowed for '{client.McpttId}' on group '{groupId}' (group allow_emergency_alert = {group.AllowEmergencyAlert}, profile allow_emergency = {client.Profile.AllowEmergency})");
            }

            var alert = new EmergencyAlert
            {
                McpttId = client.McpttId,
                FunctionalAlias = client.Profile.Identity.FunctionalAlias,
                Agency = client.Profile.Identity.Agency,
                GroupId = groupId,
                Location = request.Location,
                RaisedAt = Clock.Now(time),
                Origin = request.Origin,
            };
            _alerts[client.McpttId] = alert;
            if (request.Location is not null)
            {
                RecordLocationLocked(client, request.Location, "emergency-alert");
            }

            SendAlert(groupId, alert);
            return alert.Clone();
        }
    }

    public EmergencyAlert CancelEmergencyAlert(CancelEmergencyAlertRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            var target = request.TargetMcpttId.Length > 0 ? request.TargetMcpttId : client.McpttId;
            if (target != client.McpttId && !client.Profile.AllowRemoteAffiliation)
            {
                throw Errors.Denied($"mcptt_id '{client.McpttId}' may not cancel the alert of '{target}': only the user or a dispatcher may");
            }

            if (!_alerts.TryGetValue(target, out var alert) || (request.GroupId.Length > 0 && alert.GroupId != request.GroupId))
            {
                throw Errors.NotFound($"'{target}' has no active emergency alert{(request.GroupId.Length > 0 ? $" on group '{request.GroupId}'" : "")}");
            }

            _alerts.Remove(target);
            var cancelled = alert.Clone();
            cancelled.Cancelled = true;
            cancelled.CancelledBy = client.McpttId;
            SendAlert(alert.GroupId, cancelled);
            return cancelled;
        }
    }

    public EmergencyState GetEmergencyState(string groupId)
    {
        lock (_gate)
        {
            RequireGroup(groupId, "group_id");
            var state = new EmergencyState { GroupId = groupId };
            state.Alerts.AddRange(_alerts.Values.Where(a => a.GroupId == groupId).Select(a => a.Clone()));
            var calls = _calls.Values.Where(c => c.GroupId == groupId).ToList();
            state.InEmergency = state.Alerts.Count > 0 || calls.Any(c => c.Emergency);
            state.InImminentPeril = calls.Any(c => c.ImminentPeril);
            return state;
        }
    }

    public void ReportLocation(ReportLocationRequest request)
    {
        if (request.Location is null)
        {
            throw Errors.Invalid(Errors.Required("location"));
        }

        if (request.Location.LatitudeDeg is < -90 or > 90 || request.Location.LongitudeDeg is < -180 or > 180)
        {
            throw Errors.Invalid($"location ({request.Location.LatitudeDeg}, {request.Location.LongitudeDeg}) is outside -90..90 / -180..180 degrees");
        }

        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            RecordLocationLocked(client, request.Location, request.Trigger.Length > 0 ? request.Trigger : "manual");
        }
    }

    public LocationRecord GetLocation(string mcpttId)
    {
        lock (_gate)
        {
            var client = RequireClient(mcpttId, "mcptt_id");
            return client.Location?.Clone() ?? new LocationRecord { McpttId = mcpttId };
        }
    }

    private void SendAlert(string groupId, EmergencyAlert alert)
    {
        foreach (var c in _clients.Values.Where(c => c.Affiliations.Contains(groupId)))
        {
            SendTo(c.McpttId, new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = alert } });
        }
    }
}
