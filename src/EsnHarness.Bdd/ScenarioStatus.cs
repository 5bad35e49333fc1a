namespace EsnHarness.Bdd;

/// <summary>Outcome of a scenario (the worst of its steps), as Cucumber names them.</summary>
public enum ScenarioStatus
{
    Passed,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
    Failed,
}
