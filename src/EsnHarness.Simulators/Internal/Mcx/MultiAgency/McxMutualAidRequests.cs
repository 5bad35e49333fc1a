using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// SetMutualAid and the rule it enforces: a mutual-aid group (GroupConfig.mutual_aid) takes no affiliation until a
/// dispatcher activates it; activation affiliates every registered member in addition to the groups they are on (they
/// keep their home groups); deactivation ends its calls and deaffiliates everyone from it, and from nothing else.
/// </summary>
internal static class McxMutualAidRequests
{
    public static MutualAidState Set(McxWorld world, SetMutualAidRequest request)
    {
        var dispatcher = Dispatchers.Require(world, request.McpttId, request.Active ? "activate a mutual-aid group" : "deactivate a mutual-aid group");
        var group = world.Groups.Require(request.GroupId, "group_id");
        if (!group.MutualAid)
        {
            throw Errors.Precondition($"group '{group.GroupId}' is not a mutual-aid group (its configuration has mutual_aid = false)");
        }

        var state = world.MutualAid.Set(group.GroupId, request.Active, dispatcher.McpttId);
        if (request.Active)
        {
            foreach (var member in group.Members)
            {
                if (world.Registry.Find(member) is null)
                {
                    state.AbsentMembers.Add(member);
                }
                else if (Activate(world, member, group.GroupId, dispatcher.McpttId))
                {
                    state.ChangedMembers.Add(member);
                }
            }
        }
        else
        {
            world.Calls.EndGroupCalls(group.GroupId);
            foreach (var member in world.Registry.AffiliatedTo(group.GroupId))
            {
                world.Deaffiliate(member.McpttId, group.GroupId, dispatcher.McpttId);
                state.ChangedMembers.Add(member.McpttId);
            }
        }

        MultiAgencyLog.MutualAidChanged(world.Scope.Logger, world.Namespace, group.GroupId, request.Active, dispatcher.McpttId, state.ChangedMembers.Count);
        return state;
    }

    /// <summary>Before an affiliation: a mutual-aid group must be active.</summary>
    /// <exception cref="RpcException">FAILED_PRECONDITION for an inactive mutual-aid group.</exception>
    public static void RequireActive(McxWorld world, string groupId)
    {
        if (world.Groups.Find(groupId) is { MutualAid: true } && !world.MutualAid.IsActive(groupId) && !world.Scope.Defects.Has(MultiAgencyDefects.MutualAidAlwaysOpen))
        {
            throw Errors.Precondition($"group '{groupId}' is a mutual-aid group that is not active: a dispatcher activates it first (SetMutualAid)");
        }
    }

    /// <summary>Affiliates one member; true when it was affiliated by this activation.</summary>
    private static bool Activate(McxWorld world, string member, string groupId, string by)
    {
        if (world.Scope.Defects.Has(MultiAgencyDefects.MutualAidMovesMembers))
        {
            // The defect: the member is moved onto the mutual-aid group, off the groups they were on.
            foreach (var home in world.GetAffiliations(new GetAffiliationsRequest { McpttId = member }).Affiliations.Select(a => a.GroupId).ToList())
            {
                world.Deaffiliate(member, home, by);
            }
        }

        try
        {
            return world.Affiliate(member, groupId, by).AffiliatedGroups.Contains(groupId);
        }
        catch (RpcException e)
        {
            MultiAgencyLog.RegroupAffiliationFailed(world.Scope.Logger, world.Namespace, "mutual-aid affiliation", member, groupId, e.Status.Detail);
            return false;
        }
    }
}
