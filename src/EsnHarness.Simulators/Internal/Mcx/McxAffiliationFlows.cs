using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.ControlRoom;
using EsnHarness.Simulators.Internal.Mcx.MultiAgency;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// The affiliation flows across the world's collaborators: a member affiliated while a call is up
/// enters it late, regroups and dispatcher positions follow, a deaffiliated member leaves the group's calls first.
/// </summary>
internal static class McxAffiliationFlows
{
    /// <summary>Affiliation; a member affiliated while a call is up on the group enters it late.</summary>
    public static AffiliationResponse Affiliate(this McxWorld world, string mcpttId, string groupId, string changedBy)
    {
        var user = world.Registry.Require(mcpttId, "mcptt_id");
        McxMutualAidRequests.RequireActive(world, groupId);
        ServiceSeparation.Require(world.Scope, user, world.Groups.Require(groupId, "group_id").Agency, $"group '{groupId}'", "monitor");
        var change = world.Registry.Affiliate(user, groupId);
        if (change.Acknowledged)
        {
            world.Registry.NotifyAffiliation(mcpttId, groupId, AffiliationState.Affiliated, changedBy);
        }

        if (change.Applied)
        {
            world.Calls.LateEntry(user, groupId);
            McxRegroupRequests.Affiliated(world, mcpttId, groupId);
            world.Positions.Affiliated(user, groupId);
        }

        return change.Response;
    }

    /// <summary>Deaffiliation; the member leaves the group's call first, then is told.</summary>
    public static AffiliationResponse Deaffiliate(this McxWorld world, string mcpttId, string groupId, string changedBy)
    {
        var user = world.Registry.Require(mcpttId, "mcptt_id");
        var change = world.Registry.Deaffiliate(user, groupId);
        if (change.Applied)
        {
            world.Calls.LeaveGroupCalls(mcpttId, groupId);
            world.Registry.NotifyAffiliation(mcpttId, groupId, AffiliationState.Deaffiliated, changedBy);
            McxRegroupRequests.Deaffiliated(world, mcpttId, groupId);
        }

        return change.Response;
    }

    /// <summary>Remote (de)affiliation by an authorised user, e.g. a dispatcher moving a crew onto an incident group.</summary>
    public static AffiliationResponse RemoteAffiliate(this McxWorld world, RemoteAffiliationRequest request)
    {
        var requester = world.Registry.Require(request.RequesterMcpttId, "requester_mcptt_id");
        world.Registry.RequireRemoteAffiliationRights(requester, world.Registry.Require(request.TargetMcpttId, "target_mcptt_id"));
        ServiceSeparation.Require(world.Scope, requester, world.Groups.Require(request.GroupId, "group_id").Agency, $"group '{request.GroupId}'", "move users onto");
        return request.Affiliate
            ? world.Affiliate(request.TargetMcpttId, request.GroupId, request.RequesterMcpttId)
            : world.Deaffiliate(request.TargetMcpttId, request.GroupId, request.RequesterMcpttId);
    }

    /// <summary>Who is affiliated to a group, or where a user is affiliated.</summary>
    public static GetAffiliationsResponse GetAffiliations(this McxWorld world, GetAffiliationsRequest request)
    {
        if (string.IsNullOrEmpty(request.GroupId) && string.IsNullOrEmpty(request.McpttId))
        {
            throw Errors.Invalid("set 'group_id' or 'mcptt_id'");
        }

        return world.Registry.GetAffiliations(request, string.IsNullOrEmpty(request.McpttId) ? null : world.Registry.Require(request.McpttId, "mcptt_id"));
    }
}
