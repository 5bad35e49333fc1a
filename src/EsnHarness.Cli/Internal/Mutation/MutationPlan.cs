using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// The order of a mutation run's defect passes. Each defect's reach is split in two: its functional scenarios run in a
/// first phase, every defect's side by side, so the cores stay busy; its measured scenarios run in a second phase, after
/// all functional work, so a measurement never runs beside functional work and functional work never waits behind a
/// measurement of another pass (in one shared lane, a measured scenario waiting in any pass held back every pass). Within
/// each phase the parts that cost most in the clean pass start first, so no phase ends on one long part started last.
/// </summary>
internal static class MutationPlan
{
    /// <summary>The functional parts, then the measured parts; a defect that reaches no scenario of a kind has no part
    /// of that kind.</summary>
    /// <param name="reached">Per defect (by index), the clean pass's results of the scenarios that reached it.</param>
    /// <param name="measured">Whether a scenario is measured (runs in the measurement lane).</param>
    public static (IReadOnlyList<DefectPass> Functional, IReadOnlyList<DefectPass> Measured) Phases(
        IReadOnlyList<IReadOnlyList<ScenarioResult>> reached, Func<ScenarioResult, bool> measured)
    {
        var functional = new List<DefectPass>();
        var timed = new List<DefectPass>();
        for (var index = 0; index < reached.Count; index++)
        {
            var parts = reached[index].ToLookup(measured);
            if (parts[false].Any())
            {
                functional.Add(new DefectPass(index, [.. parts[false]], Measured: false));
            }

            if (parts[true].Any())
            {
                timed.Add(new DefectPass(index, [.. parts[true]], Measured: true));
            }
        }

        return ([.. functional.OrderByDescending(p => p.CleanCost)], [.. timed.OrderByDescending(p => p.CleanCost)]);
    }

    /// <summary>
    /// How many parts of a phase run side by side. Functional parts: <paramref name="passes"/> (each runs its scenarios
    /// --workers at a time). Measured parts: the lane already limits them to <paramref name="measuredAtOnce"/> scenarios,
    /// and most parts hold one to a few scenarios and then wait for their re-runs, so enough parts start to keep every
    /// slot of the lane filled (twice its width), still in the phase's order.
    /// </summary>
    public static int PartsAtOnce(bool measured, int passes, int measuredAtOnce) => measured ? Math.Max(passes, 2 * measuredAtOnce) : passes;
}
