namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>A scenario that failed against a defect: the step that failed and why, and how long the failing run took (a run
/// that waits for a deadline before it fails costs the whole deadline). <paramref name="Doubt"/> is null for a confirmed
/// catch (<see cref="CatchConfirmation"/>); for an unconfirmed failure it says why it was not counted.</summary>
internal sealed record Catch(string Defect, string Scenario, string Requirement, string Step, string Message, TimeSpan Duration = default, string? Doubt = null);
