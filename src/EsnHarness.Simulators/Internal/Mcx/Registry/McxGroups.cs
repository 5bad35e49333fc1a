using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>
/// The groups of a namespace (TS 24.481 group configuration), stored with PutGroup or read from the GMS. A leaf of the
/// world's lock order: its lock guards only the table and it never calls out. A stored <see cref="GroupConfig"/> is never
/// changed in place (a new configuration replaces it), so <see cref="Require"/> hands out the stored instance for reading;
/// nobody may change it.
/// </summary>
internal sealed class McxGroups(McxSettings settings, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, GroupConfig> _groups = new(StringComparer.Ordinal);

    /// <summary>Validates, fills in defaults and stores a group; <paramref name="sourceDocument"/> and <paramref name="etag"/>
    /// say which GMS document it was read from (empty: PutGroup). Returns a copy of what is stored.</summary>
    public GroupConfig Put(GroupConfig? group, string sourceDocument = "", string etag = "")
    {
        var stored = Validated(group);
        stored.SourceDocument = sourceDocument;
        stored.SourceEtag = etag;
        lock (_gate)
        {
            _groups[stored.GroupId] = stored;
        }

        McxLog.GroupStored(scope.Logger, scope.Namespace, stored.GroupId, sourceDocument.Length > 0 ? sourceDocument : "PutGroup");
        return stored.Clone();
    }

    public GroupConfig Get(string groupId) => Require(groupId, "group_id").Clone();

    /// <summary>The stored group, for reading only.</summary>
    /// <exception cref="global::Grpc.Core.RpcException">NOT_FOUND naming <paramref name="field"/>.</exception>
    public GroupConfig Require(string groupId, string field)
    {
        McxIds.Require(groupId, field);
        return Find(groupId) ?? throw Errors.NotFound($"{field} '{groupId}' is not a configured group in namespace '{scope.Namespace}'");
    }

    /// <summary>The stored group, for reading only, or null.</summary>
    public GroupConfig? Find(string groupId)
    {
        lock (_gate)
        {
            return _groups.GetValueOrDefault(groupId);
        }
    }

    public bool Remove(string groupId)
    {
        bool removed;
        lock (_gate)
        {
            removed = _groups.Remove(groupId);
        }

        if (removed)
        {
            McxLog.GroupDeleted(scope.Logger, scope.Namespace, groupId);
        }

        return removed;
    }

    public IReadOnlyList<GroupConfig> List()
    {
        lock (_gate)
        {
            return _groups.Values.OrderBy(g => g.GroupId, StringComparer.Ordinal).Select(g => g.Clone()).ToList();
        }
    }

    private GroupConfig Validated(GroupConfig? group)
    {
        if (group is null)
        {
            throw Errors.Invalid(Errors.Required("group"));
        }

        McxIds.Require(group.GroupId, "group.group_id");
        if (group.Priority > 255)
        {
            throw Errors.Invalid($"field 'group.priority' must be 0..255, got {group.Priority}");
        }

        if (group.DefaultCallType is not (CallType.Unspecified or CallType.PrearrangedGroup or CallType.ChatGroup))
        {
            throw Errors.Invalid($"field 'group.default_call_type' must be PREARRANGED_GROUP or CHAT_GROUP, got {group.DefaultCallType}");
        }

        foreach (var (member, priority) in group.MemberPriorities)
        {
            McxIds.Require(member, "group.member_priorities key");
            if (priority > 255)
            {
                throw Errors.Invalid($"field 'group.member_priorities' of '{member}' must be 0..255, got {priority}");
            }
        }

        return McxDefaults.WithDefaults(group, settings.DefaultHangTime);
    }
}
