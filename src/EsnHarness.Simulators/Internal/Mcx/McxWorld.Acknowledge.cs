using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>A dispatcher acknowledges an emergency alert (TS 22.179 §6.8.7): the alert stays active until cancelled,
/// every console on the group sees who acknowledged it, and the user in distress is told.</summary>
internal sealed partial class McxWorld
{
    public EmergencyAlert AcknowledgeEmergencyAlert(AcknowledgeEmergencyAlertRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            RequireId(request.TargetMcpttId, "target_mcptt_id");
            if (!client.Profile.AllowRemoteAffiliation)
            {
                throw Errors.Denied($"mcptt_id '{client.McpttId}' may not acknowledge the emergency alert of '{request.TargetMcpttId}': only a dispatcher (profile allow_remote_affiliation) may");
            }

            if (!_alerts.TryGetValue(request.TargetMcpttId, out var alert) || (request.GroupId.Length > 0 && alert.GroupId != request.GroupId))
            {
                throw Errors.NotFound($"'{request.TargetMcpttId}' has no active emergency alert{(request.GroupId.Length > 0 ? $" on group '{request.GroupId}'" : "")} to acknowledge");
            }

            if (!alert.Acknowledged)
            {
                alert.Acknowledged = true;
                alert.AcknowledgedBy = client.McpttId;
                alert.AcknowledgedAt = Clock.Now(time);
                var update = alert.Clone();
                SendAlert(alert.GroupId, update);
                if (_clients.TryGetValue(alert.McpttId, out var originator) && !originator.Affiliations.Contains(alert.GroupId))
                {
                    SendTo(alert.McpttId, new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = update } });
                }
            }

            return alert.Clone();
        }
    }
}
