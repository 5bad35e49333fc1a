using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// StartRegroup, EndRegroup and ListRegroups (preconfigured regrouping, TS 23.280 §10.15), and the affiliation rules a
/// regroup brings: a user who affiliates to a regrouped group is added to the regroup group (§10.15.3.4.1); one who
/// leaves every regrouped group, and was not regrouped by name, leaves the regroup group. Works through the world's
/// groups, registry, calls and <see cref="McxRegroups"/>.
/// </summary>
internal static class McxRegroupRequests
{
    public static Regroup Start(McxWorld world, RegroupRequest request)
    {
        Dispatchers.Require(world, request.McpttId, "regroup");
        McxIds.Require(request.RegroupGroupId, "regroup_group_id");
        if (request.GroupIds.Count == 0 && request.UserMcpttIds.Count == 0)
        {
            throw Errors.Invalid("name the groups (group_ids) or users (user_mcptt_ids) to regroup");
        }

        if (world.Groups.Find(request.RegroupGroupId) is not null)
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists,
                $"regroup_group_id '{request.RegroupGroupId}' is a configured group: a regroup creates its own group"));
        }

        var preconfigured = world.Groups.Require(request.PreconfiguredGroupId, "preconfigured_group_id");
        var groups = request.GroupIds.Distinct(StringComparer.Ordinal).Select(g => world.Groups.Require(g, "group_ids")).ToList();
        foreach (var user in request.UserMcpttIds)
        {
            world.Registry.Require(user, "user_mcptt_ids");
        }

        var regroup = world.Regroups.Create(request);
        world.Groups.Put(RegroupGroup(request, preconfigured, groups));
        var users = groups.SelectMany(g => world.Registry.AffiliatedTo(g.GroupId)).Select(u => u.McpttId).Concat(request.UserMcpttIds);
        foreach (var user in users.Distinct(StringComparer.Ordinal).ToList())
        {
            regroup = Add(world, regroup, user) ?? regroup;
        }

        MultiAgencyLog.Regrouped(world.Scope.Logger, world.Namespace, regroup.RegroupId, regroup.RegroupGroupId, request.McpttId, groups.Count, regroup.Members.Count);
        return regroup;
    }

    public static Regroup End(McxWorld world, EndRegroupRequest request)
    {
        var dispatcher = Dispatchers.Require(world, request.McpttId, "end a regroup");
        McxIds.Require(request.RegroupId, "regroup_id");
        if (world.Scope.Defects.Has(MultiAgencyDefects.RegroupEndNotApplied))
        {
            // The defect: the end is acknowledged, but the regroup stays in force (members, steering and all).
            var kept = world.Regroups.List("").FirstOrDefault(r => r.RegroupId == request.RegroupId)
                ?? throw Errors.NotFound($"regroup_id '{request.RegroupId}' is not a regroup in force");
            kept.Ended = true;
            kept.EndedBy = dispatcher.McpttId;
            return kept;
        }

        var ended = world.Regroups.End(dispatcher.McpttId, request.RegroupId);
        world.Calls.EndGroupCalls(ended.RegroupGroupId);
        foreach (var member in world.Registry.AffiliatedTo(ended.RegroupGroupId))
        {
            world.Deaffiliate(member.McpttId, ended.RegroupGroupId, dispatcher.McpttId);
            Tell(world, member.McpttId, ended);
        }

        world.DeleteGroup(ended.RegroupGroupId);
        MultiAgencyLog.RegroupEnded(world.Scope.Logger, world.Namespace, ended.RegroupId, dispatcher.McpttId);
        return ended;
    }

    public static ListRegroupsResponse List(McxWorld world, ListRegroupsRequest request) => new() { Regroups = { world.Regroups.List(request.GroupId) } };

    /// <summary>A user affiliated to <paramref name="groupId"/>: added to its regroup group when it is regrouped.</summary>
    public static void Affiliated(McxWorld world, string mcpttId, string groupId)
    {
        if (world.Regroups.RegroupOf(groupId) is { } regroup && !world.Scope.Defects.Has(MultiAgencyDefects.RegroupLateAffiliatorMissed))
        {
            Add(world, regroup, mcpttId);
        }
    }

    /// <summary>A user deaffiliated from <paramref name="groupId"/>: leaves its regroup group when nothing else keeps them there.</summary>
    public static void Deaffiliated(McxWorld world, string mcpttId, string groupId)
    {
        if (world.Regroups.RegroupOf(groupId) is not { } regroup || regroup.UserMcpttIds.Contains(mcpttId)
            || world.Registry.Find(mcpttId) is not { } user || regroup.GroupIds.Any(g => world.Registry.IsAffiliated(user, g)))
        {
            return;
        }

        world.Deaffiliate(mcpttId, regroup.RegroupGroupId, regroup.CreatedBy);
    }

    /// <summary>Affiliates a user to the regroup group and tells them; returns the regroup as it stands, or null when not added.</summary>
    private static Regroup? Add(McxWorld world, Regroup regroup, string mcpttId)
    {
        try
        {
            if (!world.Affiliate(mcpttId, regroup.RegroupGroupId, regroup.CreatedBy).AffiliatedGroups.Contains(regroup.RegroupGroupId))
            {
                return null;
            }
        }
        catch (RpcException e)
        {
            MultiAgencyLog.RegroupAffiliationFailed(world.Scope.Logger, world.Namespace, "affiliation", mcpttId, regroup.RegroupGroupId, e.Status.Detail);
            return null;
        }

        var now = world.Regroups.AddMember(regroup.RegroupId, mcpttId);
        if (now is not null)
        {
            Tell(world, mcpttId, now);
        }

        return now;
    }

    private static void Tell(McxWorld world, string mcpttId, Regroup regroup) =>
        world.Downlinks.SendTo(mcpttId, new McxEvent { Regroup = new RegroupEvent { Regroup = regroup.Clone() } });

    /// <summary>The regroup group: the preconfigured group's configuration, the regrouped groups' and users' members, the
    /// agency of the regrouped groups when they share one (else multi-agency).</summary>
    private static GroupConfig RegroupGroup(RegroupRequest request, GroupConfig preconfigured, IReadOnlyList<GroupConfig> groups)
    {
        var config = preconfigured.Clone();
        config.GroupId = request.RegroupGroupId;
        config.DisplayName = $"{request.RegroupGroupId} (regroup of {string.Join(", ", request.GroupIds.Concat(request.UserMcpttIds))})";
        config.MutualAid = false;
        config.Members.Clear();
        if (groups.All(g => g.Members.Count > 0))
        {
            // A regrouped group open to anyone (no member list) leaves the regroup group open too.
            config.Members.AddRange(groups.SelectMany(g => g.Members).Concat(request.UserMcpttIds).Distinct(StringComparer.Ordinal));
        }

        var agencies = groups.Select(g => g.Agency).Distinct().ToList();
        config.Agency = agencies.Count == 1 && request.UserMcpttIds.Count == 0 ? agencies[0] : Agency.Unspecified;
        return config;
    }
}
