using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>
/// Who an MCData message reaches (TS 24.282: one-to-one or group standalone SDS, FD messages): exactly one of a target
/// user, who must be registered, or a group, whose affiliated members other than the sender receive it. SDS and file
/// distribution address through this one rule. Holds no state: it reads the registry and the groups under their locks.
/// </summary>
internal sealed class McxRecipients(McxRegistry registry, McxGroups groups)
{
    /// <summary>The recipients of a message from <paramref name="sender"/>, and the group it went to (null for a user).</summary>
    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT unless exactly one is set; NOT_FOUND for an unknown user or group.</exception>
    public McxAddressees Of(McxUser sender, string targetMcpttId, string groupId)
    {
        var hasTarget = targetMcpttId.Length > 0;
        if (hasTarget == (groupId.Length > 0))
        {
            throw Errors.Invalid("set exactly one of 'message.target_mcptt_id' and 'message.group_id'");
        }

        if (hasTarget)
        {
            return new McxAddressees(null, [registry.Require(targetMcpttId, "message.target_mcptt_id").McpttId]);
        }

        var group = groups.Require(groupId, "message.group_id");
        return new McxAddressees(group, [.. registry.AffiliatedTo(group.GroupId).Where(u => u != sender).Select(u => u.McpttId)]);
    }
}
