using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Emergency;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.ControlRoom;

/// <summary>
/// Control-room positions as the MCX service sees them: which client each MCPTT ID is registered from, so a log-on from
/// another client (a dispatcher position coming up at a fallback site) replaces the failed one instead of refreshing it;
/// and what a dispatcher is given when it affiliates, the group's open emergency alerts, so a position that comes up again
/// loses none. Its lock guards the client table only; it calls the emergencies and downlinks outside it.
/// </summary>
internal sealed class McxPositions(McxEmergencies emergencies, McxDownlinks downlinks, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _clients = new(StringComparer.Ordinal);

    /// <summary>
    /// Records that <paramref name="clientId"/> registers <paramref name="mcpttId"/>; true when that replaces a registration
    /// from another client (the caller ends the old one first). An empty client ID is a refresh of whichever client holds it.
    /// </summary>
    public bool Replaces(string mcpttId, string clientId, bool registered)
    {
        if (clientId.Length == 0)
        {
            return false;
        }

        lock (_gate)
        {
            var previous = _clients.GetValueOrDefault(mcpttId);
            _clients[mcpttId] = clientId;
            return registered && previous is not null && previous != clientId && !scope.Defects.Has(ControlRoomDefects.ReregistrationKeepsOldClient);
        }
    }

    /// <summary>A dispatcher affiliated to <paramref name="groupId"/>: it is sent the group's active emergency alerts.</summary>
    public void Affiliated(McxUser user, string groupId)
    {
        if (!user.IsDispatcher)
        {
            return;
        }

        // The defect is consulted only when there is an active emergency for the dispatcher to be told of.
        var active = emergencies.On(groupId);
        if (active.Count == 0 || scope.Defects.Has(ControlRoomDefects.FailoverLosesEmergencies))
        {
            return;
        }

        foreach (var alert in active)
        {
            downlinks.SendTo(user.McpttId, new McxEvent { EmergencyAlert = new EmergencyAlertEvent { Alert = alert } });
        }
    }
}
