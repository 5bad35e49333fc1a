namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>One defect's pass: the scenarios that could reach it and those that failed against it.</summary>
/// <param name="Defect">The defect.</param>
/// <param name="Reachable">Scenarios that reached it in the clean pass (the only ones run against it).</param>
/// <param name="Catches">Scenarios whose failure against it was confirmed as its (<see cref="CatchConfirmation"/>).</param>
/// <param name="Duration">Wall time of its pass.</param>
/// <param name="Unconfirmed">Scenarios that failed against the defect but whose failure <see cref="CatchConfirmation"/> could not
/// attribute to it (each with its doubt: the defect never ran, no second failing run with it at the same step, or a failure
/// without it too): the machine, not the defect, may have failed them, so they are not counted as catches.</param>
internal sealed record DefectOutcome(ReferenceDefect Defect, IReadOnlyList<string> Reachable, IReadOnlyList<Catch> Catches, TimeSpan Duration,
    IReadOnlyList<Catch>? Unconfirmed = null)
{
    public bool Caught => Catches.Count > 0;

    /// <summary>Catches by scenarios that did not reach the defect in the clean pass: only an <c>--every-scenario</c> run has
    /// them, and one shows a reach that leaves out a scenario that catches (or a catch that is not the defect's).</summary>
    public IReadOnlyList<Catch> OutsideReach => [.. Catches.Where(c => !Reachable.Contains(c.Scenario, StringComparer.Ordinal))];
}
