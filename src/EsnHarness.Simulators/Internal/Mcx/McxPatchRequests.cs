using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.ControlRoom;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// PatchGroups, UnpatchGroups and ListPatches: only a registered dispatcher (profile allow_remote_affiliation, the right the
/// service already checks for remote affiliation and emergency acknowledgement) may patch configured groups, and every client
/// affiliated to either group is told. A dispatcher patches only its own service's groups and multi-agency groups
/// (<see cref="ServiceSeparation"/>). Works through the world's registry, groups, downlinks and <see cref="McxPatches"/>.
/// </summary>
internal static class McxPatchRequests
{
    public static GroupPatch Patch(McxWorld world, PatchGroupsRequest request)
    {
        RequireDispatcher(world, request.McpttId, "patch groups");
        var dispatcher = world.Registry.Require(request.McpttId, "mcptt_id");
        foreach (var groupId in request.GroupIds)
        {
            ServiceSeparation.Require(world.Scope, dispatcher, world.Groups.Require(groupId, "group_id").Agency, $"group '{groupId}'", "patch");
        }

        var patch = world.Patches.Create(request.McpttId, request.GroupIds);
        Tell(world, patch);
        return patch;
    }

    public static GroupPatch Unpatch(McxWorld world, UnpatchGroupsRequest request)
    {
        RequireDispatcher(world, request.McpttId, "remove a patch");
        if (string.IsNullOrWhiteSpace(request.PatchId))
        {
            throw Errors.Invalid(Errors.Required("patch_id"));
        }

        var patch = world.Scope.Defects.Has(ControlRoomDefects.UnpatchKeepsBridge)
            ? Announced(world, request)
            : world.Patches.Remove(request.McpttId, request.PatchId);
        Tell(world, patch);
        return patch;
    }

    public static ListPatchesResponse List(McxWorld world, ListPatchesRequest request)
    {
        var response = new ListPatchesResponse();
        response.Patches.AddRange(world.Patches.List(request.GroupId));
        return response;
    }

    private static void RequireDispatcher(McxWorld world, string mcpttId, string what)
    {
        if (string.IsNullOrWhiteSpace(mcpttId))
        {
            throw Errors.Invalid(Errors.Required("mcptt_id"));
        }

        world.Connect(mcpttId); // FAILED_PRECONDITION for a user not registered, as before
        if (world.Registry.Find(mcpttId)?.Profile.AllowRemoteAffiliation != true)
        {
            throw Errors.Denied($"mcptt_id '{mcpttId}' may not {what}: only a registered dispatcher (profile allow_remote_affiliation) may");
        }
    }

    /// <summary>The mcx.unpatch-keeps-bridge defect: the removal is reported and announced, but the patch stays in force.</summary>
    private static GroupPatch Announced(McxWorld world, UnpatchGroupsRequest request)
    {
        var patch = world.Patches.List("").FirstOrDefault(p => p.PatchId == request.PatchId)
            ?? throw Errors.NotFound($"patch_id '{request.PatchId}' is not a patch in force");
        patch.Removed = true;
        patch.RemovedBy = request.McpttId;
        return patch;
    }

    private static void Tell(McxWorld world, GroupPatch patch)
    {
        var told = world.Scope.Defects.Has(ControlRoomDefects.PatchToldToOneGroup) ? patch.GroupIds.Take(1) : patch.GroupIds;
        var recipients = told.SelectMany(world.Registry.AffiliatedTo).Select(u => u.McpttId).Distinct(StringComparer.Ordinal);
        world.Downlinks.SendToMany(recipients, () => new McxEvent { Patch = new GroupPatchEvent { Patch = patch.Clone() } });
    }
}
