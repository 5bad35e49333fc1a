namespace EsnHarness.Bdd.Internal;

/// <summary>Outcome of one attempt of a test case.</summary>
internal sealed record AttemptResult(ScenarioStatus Status, string? FailedStep, string? Message, TimeSpan Duration, IReadOnlyList<StepResult> Steps, bool Interrupted = false);
