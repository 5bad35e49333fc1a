using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Location;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Emergency;

/// <summary>
/// Emergency alerts (TS 23.280 §10.10.1, TS 22.280 emergency alert): raised by a user on a group, delivered to every
/// member affiliated to it (the group's dispatchers among them), or for a silent alert to the dispatchers and the user in
/// distress only; never a call (the alert is signalling only); acknowledged by a dispatcher (TS 22.179 §6.8.7: the
/// alert stays active, every console sees who acknowledged it, the user in distress is told), cancelled by the user or
/// a dispatcher. One active alert per user. Lock order: emergencies → registry and groups (read), locations → downlinks;
/// events of one alert go out under the lock, so every member sees raise, acknowledgement and cancel in that order.
/// </summary>
internal sealed class McxEmergencies(McxRegistry registry, McxGroups groups, McxLocations locations, McxDownlinks downlinks, Func<string, string> aliasOf, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, EmergencyAlert> _alerts = new(StringComparer.Ordinal);

    public EmergencyAlert Raise(RaiseEmergencyAlertRequest request)
    {
        var user = registry.Require(request.McpttId, "mcptt_id");
        var groupId = request.GroupId.Length > 0 ? request.GroupId
            : registry.FirstAffiliation(user) ?? throw Errors.Precondition($"mcptt_id '{user.McpttId}' named no group_id and is affiliated to none");
        var group = groups.Require(groupId, "group_id");
        if (!user.Profile.AllowEmergency || (!group.AllowEmergencyAlert && !scope.Defects.Has(McxAuthorisationDefects.EmergencyOnAnyGroup)))
        {
            throw Errors.Denied(
                $"emergency alerts are not allowed for '{user.McpttId}' on group '{groupId}' (group allow_emergency_alert = {group.AllowEmergencyAlert}, profile allow_emergency = {user.Profile.AllowEmergency})");
        }

        var triggeredAt = EmergencyTriggers.TriggeredAt(request, scope.Time);
        var alias = aliasOf(user.McpttId);
        lock (_gate)
        {
            var identity = user.Profile.Identity;
            var alert = new EmergencyAlert
            {
                McpttId = user.McpttId,
                FunctionalAlias = alias,
                Agency = identity.Agency,
                GroupId = groupId,
                Location = request.Location,
                RaisedAt = Clock.Now(scope.Time),
                Origin = request.Origin,
                Silent = request.Silent,
                Trigger = request.Trigger.Length > 0 ? request.Trigger : EmergencyTriggers.Button,
                TriggeredAt = triggeredAt,
            };
            _alerts[user.McpttId] = alert;
            if (request.Location is not null)
            {
                locations.Record(user.McpttId, request.Location, "emergency-alert");
            }

            SendToGroup(groupId, alert.Clone());
            McxLog.AlertRaised(scope.Logger, scope.Namespace, user.McpttId, groupId);
            return alert.Clone();
        }
    }

    public EmergencyAlert Acknowledge(AcknowledgeEmergencyAlertRequest request)
    {
        var user = registry.Require(request.McpttId, "mcptt_id");
        McxIds.Require(request.TargetMcpttId, "target_mcptt_id");
        if (!user.Profile.AllowRemoteAffiliation)
        {
            throw Errors.Denied($"mcptt_id '{user.McpttId}' may not acknowledge the emergency alert of '{request.TargetMcpttId}': only a dispatcher (profile allow_remote_affiliation) may");
        }

        lock (_gate)
        {
            if (!_alerts.TryGetValue(request.TargetMcpttId, out var alert) || (request.GroupId.Length > 0 && alert.GroupId != request.GroupId))
            {
                throw Errors.NotFound($"'{request.TargetMcpttId}' has no active emergency alert{(request.GroupId.Length > 0 ? $" on group '{request.GroupId}'" : "")} to acknowledge");
            }

            if (!alert.Acknowledged)
            {
                alert.Acknowledged = true;
                alert.AcknowledgedBy = user.McpttId;
                alert.AcknowledgedAt = Clock.Now(scope.Time);
                var update = alert.Clone();
                SendToGroup(alert.GroupId, update);
                if (registry.Find(alert.McpttId) is { } originator && !(registry.IsAffiliated(originator, alert.GroupId) && Reaches(originator, alert)))
                {
                    downlinks.SendTo(alert.McpttId, new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = update } });
                }

                McxLog.AlertAcknowledged(scope.Logger, scope.Namespace, alert.McpttId, alert.GroupId, user.McpttId);
            }

            return alert.Clone();
        }
    }

    public EmergencyAlert Cancel(CancelEmergencyAlertRequest request)
    {
        var user = registry.Require(request.McpttId, "mcptt_id");
        var target = request.TargetMcpttId.Length > 0 ? request.TargetMcpttId : user.McpttId;
        if (target != user.McpttId && !user.Profile.AllowRemoteAffiliation && !scope.Defects.Has(McxAuthorisationDefects.EmergencyCancelByAnyMember))
        {
            throw Errors.Denied($"mcptt_id '{user.McpttId}' may not cancel the alert of '{target}': only the user or a dispatcher may");
        }

        lock (_gate)
        {
            if (!_alerts.TryGetValue(target, out var alert) || (request.GroupId.Length > 0 && alert.GroupId != request.GroupId))
            {
                throw Errors.NotFound($"'{target}' has no active emergency alert{(request.GroupId.Length > 0 ? $" on group '{request.GroupId}'" : "")}");
            }

            _alerts.Remove(target);
            var cancelled = alert.Clone();
            cancelled.Cancelled = true;
            cancelled.CancelledBy = user.McpttId;
            if (scope.Defects.Has(McxDefects.EmergencyCancelNotPropagated))
            {
                downlinks.SendTo(user.McpttId, new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = cancelled } });
            }
            else
            {
                SendToGroup(alert.GroupId, cancelled);
            }

            McxLog.AlertCancelled(scope.Logger, scope.Namespace, alert.McpttId, alert.GroupId, user.McpttId);
            return cancelled;
        }
    }

    /// <summary>The active alerts on <paramref name="groupId"/>.</summary>
    public IReadOnlyList<EmergencyAlert> On(string groupId)
    {
        lock (_gate)
        {
            return [.. _alerts.Values.Where(a => a.GroupId == groupId).Select(a => a.Clone())];
        }
    }

    /// <summary>The alert, or a change to it, to the group's affiliated members: to all of them, or for a silent alert to its
    /// dispatchers and the user in distress only.</summary>
    private void SendToGroup(string groupId, EmergencyAlert alert)
    {
        var recipients = registry.AffiliatedTo(groupId).Where(u => Reaches(u, alert)).Select(u => u.McpttId);
        downlinks.SendToMany(recipients, () => new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = alert } });
    }

    private bool Reaches(McxUser user, EmergencyAlert alert)
    {
        var defects = scope.Defects;
        if (user.IsDispatcher)
        {
            return !defects.Has(McxDefects.AlertNotToDispatchers)
                && !(defects.Has(McxDefects.AlertOwnAgencyDispatchersOnly) && user.Profile.Identity.Agency != alert.Agency);
        }

        return !alert.Silent || user.McpttId == alert.McpttId || defects.Has(McxDefects.SilentAlertBroadcast);
    }
}
