namespace EsnHarness.Architecture.Tests;

/// <summary>
/// Issue 13: a class that grows past about 400 lines, counted over all its partial files, is split into collaborators that
/// own their state; partials are for one concept seen from its standard's aspects, not for keeping a large class under a
/// file budget (STYLE.md).
/// </summary>
public sealed class TypeSizeTests
{
    private const int Budget = 400;

    /// <summary>The exception the issue names: the floor-control state machines of TS 24.380, split by the standard's aspects.</summary>
    private static readonly HashSet<string> StateMachines = new(StringComparer.Ordinal)
    {
        "EsnHarness.Simulators.FloorControl.FloorArbitrator",
        "EsnHarness.Simulators.FloorControl.FloorParticipant",
        "EsnHarness.Simulators.FloorControl.OffNetwork.OffNetworkFloorParticipant",
    };

    [Test]
    public void Types_AcrossTheirPartials_WithinTheLineBudget()
    {
        var over = SourceType.All()
            .Where(type => !StateMachines.Contains(type.Name))
            .Where(type => type.Lines > Budget)
            .Select(type => $"{type.Name}: {type.Lines} lines over {type.Files.Count} file(s) ({string.Join(", ", type.Files)}); the budget is {Budget}: cut out collaborators that own their state")
            .ToList();

        Assert.That(over, Is.Empty, string.Join("\n", over));
    }

    [Test]
    public void StateMachines_EveryEntry_NamesATypeOfSrc()
    {
        var names = SourceType.All().Select(type => type.Name).ToHashSet(StringComparer.Ordinal);

        var stale = StateMachines.Where(name => !names.Contains(name)).ToList();

        Assert.That(stale, Is.Empty, $"the exceptions of {nameof(TypeSizeTests)} name types that are not under src/ (renamed or removed: take them out): {string.Join(", ", stale)}");
    }
}
