namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>What <c>esn mutate</c> was asked for.</summary>
/// <param name="Run">The selection and profile, as for <c>esn run</c>.</param>
/// <param name="Defects">Defects to run; empty = every defect of the roles the profile runs embedded.</param>
/// <param name="PassesAtOnce">Defect passes run side by side.</param>
/// <param name="Output">Where the kill matrix goes.</param>
/// <param name="EveryScenario">Run each defect against every scenario that passed the clean pass, not only those that
/// reached it: slow, for checking that the reach drops no scenario that catches (a catch outside the reach is printed).</param>
internal sealed record MutateRequest(RunRequest Run, IReadOnlyList<string> Defects, int PassesAtOnce, string Output, bool EveryScenario = false);
