using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// The group patches of one namespace (MCPTT group regroup of two groups, see patch.proto): which groups are patched and
/// since when. It owns its own lock and never calls out while holding it, so the call layer asks it under its own lock
/// (lock order calls → patches). Who may patch, and who is told, is <see cref="McxPatchRequests"/>' business.
/// </summary>
internal sealed class McxPatches(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, GroupPatch> _patches = new(StringComparer.Ordinal);
    private long _counter;

    /// <summary>Patches <paramref name="groupIds"/> (exactly two distinct groups, neither patched yet).</summary>
    public GroupPatch Create(string requester, IReadOnlyList<string> groupIds)
    {
        if (groupIds.Count != 2)
        {
            throw Errors.Invalid($"field 'group_ids' must name exactly two groups to patch, got {groupIds.Count}");
        }

        if (string.Equals(groupIds[0], groupIds[1], StringComparison.Ordinal))
        {
            throw Errors.Invalid($"field 'group_ids' names '{groupIds[0]}' twice: a group cannot be patched to itself");
        }

        lock (_gate)
        {
            foreach (var groupId in groupIds)
            {
                if (PatchOfLocked(groupId) is { } existing)
                {
                    throw Errors.Precondition(
                        $"group '{groupId}' is already patched to '{Partner(existing, groupId)}' (patch '{existing.PatchId}'): remove that patch first");
                }
            }

            var patch = new GroupPatch
            {
                PatchId = $"patch-{++_counter}",
                CreatedBy = requester,
                CreatedAt = Clock.Now(time),
            };
            patch.GroupIds.AddRange(groupIds);
            _patches[patch.PatchId] = patch;
            return patch.Clone();
        }
    }

    /// <summary>Removes a patch; returns it marked removed.</summary>
    public GroupPatch Remove(string requester, string patchId)
    {
        lock (_gate)
        {
            if (!_patches.Remove(patchId, out var patch))
            {
                throw Errors.NotFound($"patch_id '{patchId}' is not a patch in force");
            }

            var removed = patch.Clone();
            removed.Removed = true;
            removed.RemovedBy = requester;
            return removed;
        }
    }

    /// <summary>Patches in force, by patch ID; only the one <paramref name="groupId"/> is in when it is not empty.</summary>
    public IReadOnlyList<GroupPatch> List(string groupId)
    {
        lock (_gate)
        {
            return _patches.Values.Where(p => groupId.Length == 0 || p.GroupIds.Contains(groupId)).Select(p => p.Clone()).ToList();
        }
    }

    /// <summary>True when the two groups are the same group or patched together: a call on one is the call of both.</summary>
    public bool Joins(string groupId, string otherGroupId)
    {
        if (string.Equals(groupId, otherGroupId, StringComparison.Ordinal))
        {
            return true;
        }

        lock (_gate)
        {
            return PatchOfLocked(groupId) is { } patch && patch.GroupIds.Contains(otherGroupId);
        }
    }

    /// <summary>True when a user with these affiliations belongs in a call on <paramref name="groupId"/>: affiliated to it or to
    /// the group patched to it.</summary>
    public bool Reaches(string groupId, IReadOnlySet<string> affiliations)
    {
        if (affiliations.Contains(groupId))
        {
            return true;
        }

        lock (_gate)
        {
            return PatchOfLocked(groupId) is { } patch && affiliations.Contains(Partner(patch, groupId));
        }
    }

    /// <summary>The group patched to <paramref name="groupId"/>, or null.</summary>
    public string? PartnerOf(string groupId)
    {
        lock (_gate)
        {
            return PatchOfLocked(groupId) is { } patch ? Partner(patch, groupId) : null;
        }
    }

    private GroupPatch? PatchOfLocked(string groupId) => _patches.Values.FirstOrDefault(p => p.GroupIds.Contains(groupId));

    private static string Partner(GroupPatch patch, string groupId) => patch.GroupIds.First(g => !string.Equals(g, groupId, StringComparison.Ordinal));
}
