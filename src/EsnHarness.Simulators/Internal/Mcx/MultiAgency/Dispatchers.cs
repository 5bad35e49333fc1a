using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>Who may regroup and activate mutual aid: a registered dispatcher (profile allow_remote_affiliation, the right
/// the service checks for remote affiliation and patches too).</summary>
internal static class Dispatchers
{
    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT without an ID, NOT_FOUND unregistered, PERMISSION_DENIED without the right.</exception>
    public static McxUser Require(McxWorld world, string mcpttId, string what)
    {
        if (string.IsNullOrWhiteSpace(mcpttId))
        {
            throw Errors.Invalid(Errors.Required("mcptt_id"));
        }

        var user = world.Registry.Require(mcpttId, "mcptt_id");
        try
        {
            // Regrouping and mutual aid affiliate other users: the remote-affiliation right, checked as for RemoteAffiliate.
            // No one target here (a regroup affiliates many): the right itself, as the dispatcher holds it for their own service.
            world.Registry.RequireRemoteAffiliationRights(user, user);
            return user;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.PermissionDenied)
        {
            throw Errors.Denied($"mcptt_id '{mcpttId}' may not {what}: only a registered dispatcher (profile allow_remote_affiliation) may");
        }
    }

    /// <summary>The dispatchers affiliated to any of <paramref name="groupIds"/>, each once.</summary>
    public static IEnumerable<string> AffiliatedTo(McxWorld world, IEnumerable<string> groupIds) =>
        groupIds.Where(g => g.Length > 0).SelectMany(world.Registry.AffiliatedTo)
            .Where(u => u.Profile.AllowRemoteAffiliation).Select(u => u.McpttId).Distinct(StringComparer.Ordinal);
}
