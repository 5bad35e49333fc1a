using System.Collections.Immutable;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Mcx.Floor;

/// <summary>
/// Who may request the floor above the normal level in one call, and at which level: the users who started the
/// emergency (or imminent-peril) call or joined it in their own emergency (TS 24.379: each keeps emergency floor priority).
/// Immutable: the call layer replaces it when the call is upgraded or its emergency cancelled.
/// </summary>
internal sealed record FloorRights(FloorPriorityLevel Level, ImmutableHashSet<string> Users)
{
    public static FloorRights None { get; } = new(FloorPriorityLevel.Normal, []);

    /// <summary>The level a request from <paramref name="mcpttId"/> carries when it names none.</summary>
    public FloorPriorityLevel LevelOf(string mcpttId) => Users.Contains(mcpttId) ? Level : FloorPriorityLevel.Normal;
}
