using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    public GroupConfig PutGroup(GroupConfig? group)
    {
        if (group is null)
        {
            throw Errors.Invalid(Errors.Required("group"));
        }

        RequireId(group.GroupId, "group.group_id");
        if (group.Priority > 255)
        {
            throw Errors.Invalid($"field 'group.priority' must be 0..255, got {group.Priority}");
        }

        if (group.DefaultCallType is not (CallType.Unspecified or CallType.PrearrangedGroup or CallType.ChatGroup))
        {
            throw Errors.Invalid($"field 'group.default_call_type' must be PREARRANGED_GROUP or CHAT_GROUP, got {group.DefaultCallType}");
        }

        var stored = Profiles.WithDefaults(group, settings.DefaultHangTime);
        lock (_gate)
        {
            _groups[stored.GroupId] = stored;
        }

        return stored.Clone();
    }

    public GroupConfig GetGroup(string groupId)
    {
        lock (_gate)
        {
            return RequireGroup(groupId, "group_id").Clone();
        }
    }

    public void DeleteGroup(string groupId)
    {
        lock (_gate)
        {
            RequireGroup(groupId, "group_id");
            foreach (var call in _calls.Values.Where(c => c.GroupId == groupId).ToList())
            {
                EndCallLocked(call, CallCause.NormalRelease);
            }

            foreach (var client in _clients.Values)
            {
                client.Affiliations.Remove(groupId);
            }

            _groups.Remove(groupId);
        }
    }

    public IReadOnlyList<GroupConfig> ListGroups()
    {
        lock (_gate)
        {
            return _groups.Values.OrderBy(g => g.GroupId, StringComparer.Ordinal).Select(g => g.Clone()).ToList();
        }
    }

    public UserProfile PutUserProfile(UserProfile? profile)
    {
        if (profile?.Identity is null)
        {
            throw Errors.Invalid(Errors.Required("profile.identity"));
        }

        RequireId(profile.Identity.McpttId, "profile.identity.mcptt_id");
        if (profile.FloorPriority > 255)
        {
            throw Errors.Invalid($"field 'profile.floor_priority' must be 0..255, got {profile.FloorPriority}");
        }

        var stored = Profiles.WithDefaults(profile, settings.DefaultMaxSdsSizeBytes);
        lock (_gate)
        {
            _profiles[stored.Identity.McpttId] = stored;
            if (_clients.TryGetValue(stored.Identity.McpttId, out var client))
            {
                client.Profile = stored.Clone();
            }
        }

        return stored.Clone();
    }

    public UserProfile GetUserProfile(string mcpttId)
    {
        RequireId(mcpttId, "mcptt_id");
        lock (_gate)
        {
            if (_profiles.TryGetValue(mcpttId, out var profile))
            {
                return profile.Clone();
            }

            return _clients.TryGetValue(mcpttId, out var client)
                ? client.Profile.Clone()
                : throw Errors.NotFound($"mcptt_id '{mcpttId}' has no user profile in namespace '{ns}'");
        }
    }
}
