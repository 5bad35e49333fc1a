namespace EsnHarness.Bdd;

/// <summary>Outcome of a step or scenario (a scenario takes the worst of its steps), as Cucumber names them, best first.</summary>
public enum ScenarioStatus
{
    /// <summary>Every step and hook passed.</summary>
    Passed,

    /// <summary>Skipped: after an earlier problem, by <see cref="SkipScenarioException"/>, by fail-fast or in a dry run.</summary>
    Skipped,

    /// <summary>A step threw <see cref="PendingStepException"/>.</summary>
    Pending,

    /// <summary>No step definition matches a step.</summary>
    Undefined,

    /// <summary>More than one step definition matches a step.</summary>
    Ambiguous,

    /// <summary>A step or hook threw.</summary>
    Failed,
}
