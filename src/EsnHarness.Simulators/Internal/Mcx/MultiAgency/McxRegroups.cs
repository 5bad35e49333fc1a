using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// The preconfigured regroups of a namespace (TS 23.280 §10.15): which groups are regrouped into which regroup group, and
/// who the regroup affiliated. Its own lock is a leaf (it never calls out while holding it), so the call layer asks it
/// under its lock where a call on a regrouped group is steered. Who may regroup, and the affiliations, are
/// <see cref="McxRegroupRequests"/>' business.
/// </summary>
internal sealed class McxRegroups(WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, Regroup> _regroups = new(StringComparer.Ordinal);
    private long _counter;

    /// <summary>Records a regroup of <paramref name="request"/>'s groups and users (validated by the caller).</summary>
    public Regroup Create(RegroupRequest request)
    {
        lock (_gate)
        {
            foreach (var groupId in request.GroupIds)
            {
                if (RegroupOfLocked(groupId) is { } existing)
                {
                    throw Errors.Precondition(
                        $"group '{groupId}' is already regrouped into '{existing.RegroupGroupId}' (regroup '{existing.RegroupId}'): end that regroup first");
                }
            }

            var regroup = new Regroup
            {
                RegroupId = $"regroup-{++_counter}",
                RegroupGroupId = request.RegroupGroupId,
                PreconfiguredGroupId = request.PreconfiguredGroupId,
                CreatedBy = request.McpttId,
                CreatedAt = Clock.Now(scope.Time),
            };
            regroup.GroupIds.AddRange(request.GroupIds);
            regroup.UserMcpttIds.AddRange(request.UserMcpttIds);
            _regroups[regroup.RegroupId] = regroup;
            return regroup.Clone();
        }
    }

    /// <summary>Adds a member the regroup affiliated; returns the regroup as it stands, or null when it ended meanwhile.</summary>
    public Regroup? AddMember(string regroupId, string mcpttId)
    {
        lock (_gate)
        {
            if (!_regroups.TryGetValue(regroupId, out var regroup))
            {
                return null;
            }

            if (!regroup.Members.Contains(mcpttId))
            {
                regroup.Members.Add(mcpttId);
            }

            return regroup.Clone();
        }
    }

    /// <summary>Removes a regroup; returns it marked ended.</summary>
    public Regroup End(string requester, string regroupId)
    {
        lock (_gate)
        {
            if (!_regroups.Remove(regroupId, out var regroup))
            {
                throw Errors.NotFound($"regroup_id '{regroupId}' is not a regroup in force");
            }

            var ended = regroup.Clone();
            ended.Ended = true;
            ended.EndedBy = requester;
            return ended;
        }
    }

    /// <summary>Regroups in force, by ID; only the one <paramref name="groupId"/> is in (regrouped or regroup group) when not empty.</summary>
    public IReadOnlyList<Regroup> List(string groupId)
    {
        lock (_gate)
        {
            return [.. _regroups.Values.Where(r => groupId.Length == 0 || r.RegroupGroupId == groupId || r.GroupIds.Contains(groupId)).Select(r => r.Clone())];
        }
    }

    /// <summary>The regroup <paramref name="groupId"/> is regrouped into, or null.</summary>
    public Regroup? RegroupOf(string groupId)
    {
        lock (_gate)
        {
            return RegroupOfLocked(groupId)?.Clone();
        }
    }

    /// <summary>Where a call set up on <paramref name="groupId"/> goes: its regroup group while it is regrouped (TS 23.379
    /// §10.6.2.9.5.1), else the group itself.</summary>
    public string SteerTo(string groupId)
    {
        string? regroup;
        lock (_gate)
        {
            regroup = RegroupOfLocked(groupId)?.RegroupGroupId;
        }

        // The defect is consulted only for a group that is regrouped.
        return regroup is null || scope.Defects.Has(MultiAgencyDefects.RegroupNotSteering) ? groupId : regroup;
    }

    /// <summary>The groups a regroup group stands for; empty for any other group.</summary>
    public IReadOnlyList<string> RegroupedInto(string regroupGroupId)
    {
        lock (_gate)
        {
            return _regroups.Values.FirstOrDefault(r => r.RegroupGroupId == regroupGroupId) is { } regroup ? [.. regroup.GroupIds] : [];
        }
    }

    private Regroup? RegroupOfLocked(string groupId) => _regroups.Values.FirstOrDefault(r => r.GroupIds.Contains(groupId));
}
