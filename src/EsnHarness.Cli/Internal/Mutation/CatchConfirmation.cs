namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// When a scenario's failure against a defect counts as a catch: the failure must be the defect's, not the machine's. A clean
/// re-run that passes shows only that the scenario passes without the defect; a load failure or a race under the defect
/// would pass it too. So a catch needs all of: the failing run reached the defect (its code ran in that run); a second run
/// with the defect on failed again, at the same step, and reached it too; and the scenario did not fail again without the
/// defect (<see cref="CleanRecheck"/>). A one-off failure, one that moves to another step, or one in a run where the defect
/// never ran, is reported unconfirmed with the reason, never counted.
/// </summary>
internal static class CatchConfirmation
{
    /// <summary>Why the failure is not a confirmed catch, or null when it is one.</summary>
    /// <param name="first">The failing run with the defect on.</param>
    /// <param name="second">The second run with the defect on; null when none ran (the first did not reach the defect).</param>
    /// <param name="failedClean">True when the scenario failed again without the defect.</param>
    public static string? Doubt(RunEvidence first, RunEvidence? second, bool failedClean) => (first, second) switch
    {
        ({ Reached: false }, _) => "the defect's code never ran in the failing run",
        _ when failedClean => "failed again without the defect",
        (_, null) => "not run a second time with the defect",
        (_, { Failed: false }) => "passed a second run with the defect: the failure did not reproduce",
        (_, { Reached: false }) => "the defect's code never ran in the second failing run",
        _ when !string.Equals(first.Step, second.Step, StringComparison.Ordinal) => $"the second run with the defect failed at another step ({second.Step ?? "a hook"})",
        _ => null,
    };

    /// <summary>Whether the first failing run needs a second run with the defect (and a clean re-run) at all.</summary>
    public static bool WorthConfirming(RunEvidence first) => first is { Failed: true, Reached: true };
}
