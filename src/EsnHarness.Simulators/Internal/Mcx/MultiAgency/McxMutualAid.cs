using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>Which mutual-aid groups of a namespace are active, since when and by whom. Its lock is a leaf.</summary>
internal sealed class McxMutualAid(WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MutualAidState> _states = new(StringComparer.Ordinal);

    public bool IsActive(string groupId)
    {
        lock (_gate)
        {
            return _states.TryGetValue(groupId, out var state) && state.Active;
        }
    }

    /// <summary>Records an activation or deactivation; returns the new state (without its member lists).</summary>
    public MutualAidState Set(string groupId, bool active, string by)
    {
        var state = new MutualAidState { GroupId = groupId, Active = active, ChangedBy = by, ChangedAt = Clock.Now(scope.Time) };
        lock (_gate)
        {
            _states[groupId] = state;
        }

        return state.Clone();
    }
}
