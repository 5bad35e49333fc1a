using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Runs the scenarios that failed against a defect once more without any defect, at once: one that fails again was
/// failed by something else (a loaded machine missing a KPI, a timeout), so its failure under the defect proves nothing.
/// One that passes shows only that the scenario passes without the defect: <see cref="CatchConfirmation"/> also asks for a
/// second failing run with the defect.
/// Which failures need a re-run of their own, and which take a scenario's earlier passing re-run, is the
/// <see cref="ConfirmationMemory"/>'s rule. Thread-safe: the defect passes call it side by side.
/// </summary>
internal sealed class CleanRecheck(GherkinRunOptions options, string baseDirectory, TestRunContext shared)
{
    private readonly ConfirmationMemory _memory = new();
    private int _runs;
    private int _reused;

    /// <summary>How many scenario runs the re-checks have cost so far.</summary>
    public int Runs => _runs;

    /// <summary>Failures confirmed by the same scenario's earlier passing re-run instead of a run of their own.</summary>
    public int Reused => _reused;

    /// <summary>The scenarios whose clean re-run failed: every later failure of each was re-run at once.</summary>
    public IReadOnlyList<string> Unreliable => _memory.Unreliable;

    /// <summary>True once re-runs of several different scenarios have failed: every later failure was re-run at once.</summary>
    public bool MachineFailing => _memory.MachineFailing;

    /// <summary>The locations of <paramref name="failed"/> that fail again without the defect.</summary>
    public async Task<HashSet<string>> FailingAgainAsync(IReadOnlyList<ScenarioResult> failed, CancellationToken cancellationToken)
    {
        var toRun = failed.Where(r => _memory.NeedsRerun(r.Pickle.Location, options.MeasurementLane?.IsMeasured(r.Pickle.Tags) == true)).ToList();
        Interlocked.Add(ref _reused, failed.Count - toRun.Count);
        if (toRun.Count == 0)
        {
            return [];
        }

        Interlocked.Add(ref _runs, toRun.Count);
        var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = MutationPaths.Of(toRun, baseDirectory) }, [], shared.Branch(), cancellationToken);
        var failing = summary.Results.Where(r => r.Status != ScenarioStatus.Passed).Select(r => r.Pickle.Location).ToHashSet(StringComparer.Ordinal);
        _memory.Record(summary.Results.Where(r => r.Status == ScenarioStatus.Passed).Select(r => r.Pickle.Location), failing);
        return failing;
    }
}
