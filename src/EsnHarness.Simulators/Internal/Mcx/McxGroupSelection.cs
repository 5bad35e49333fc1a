using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Remote change of the selected group (TS 22.280; TS 23.280 §10.8): an authorised dispatcher sets the group another
/// user's terminal talks on. The target is affiliated to the group first when it is not (with late entry into a call up
/// on it, as any affiliation), then told the new selection. The flow holds no lock: it goes through the world's registry,
/// affiliation and downlinks in turn.
/// </summary>
internal static class McxGroupSelection
{
    public static ChangeSelectedGroupResponse Change(McxWorld world, ChangeSelectedGroupRequest request)
    {
        var requester = world.Registry.Require(request.RequesterMcpttId, "requester_mcptt_id");
        var target = world.Registry.Require(request.TargetMcpttId, "target_mcptt_id");
        McxIds.Require(request.GroupId, "group_id");
        if (!requester.Profile.AllowRemoteAffiliation && !world.Scope.Defects.Has(McxCommonFunctionDefects.RemoteGroupChangeUnauthorised))
        {
            throw Errors.Denied(
                $"requester_mcptt_id '{requester.McpttId}' may not change the selected group of '{target.McpttId}': only an authorised dispatcher (profile allow_remote_affiliation) may");
        }

        world.Groups.Require(request.GroupId, "group_id");
        var affiliated = world.Affiliate(target.McpttId, request.GroupId, requester.McpttId);
        var change = new SelectedGroupEvent { GroupId = request.GroupId, ChangedBy = requester.McpttId, ChangedAt = Clock.Now(world.Time) };
        world.Downlinks.SendTo(target.McpttId, new McxEvent { SelectedGroup = change.Clone() });
        CommonFunctionLog.SelectedGroupChanged(world.Scope.Logger, world.Namespace, requester.McpttId, target.McpttId, request.GroupId);
        var response = new ChangeSelectedGroupResponse { Change = change };
        response.AffiliatedGroups.AddRange(affiliated.AffiliatedGroups);
        return response;
    }
}
