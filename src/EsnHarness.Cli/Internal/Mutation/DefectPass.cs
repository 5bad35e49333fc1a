using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>One part of a defect's pass: the scenarios it reached that are measured, or those that are not.</summary>
/// <param name="Defect">Index of the defect in the run's list.</param>
/// <param name="Scenarios">The clean pass's results of the scenarios this part runs against the defect.</param>
/// <param name="Measured">True for the measured (<c>@kpi</c>) part, which runs after every functional part.</param>
internal sealed record DefectPass(int Defect, IReadOnlyList<ScenarioResult> Scenarios, bool Measured)
{
    /// <summary>What the part cost in the clean pass: the longest parts start first.</summary>
    public TimeSpan CleanCost => TimeSpan.FromTicks(Scenarios.Sum(r => r.Duration.Ticks));
}
