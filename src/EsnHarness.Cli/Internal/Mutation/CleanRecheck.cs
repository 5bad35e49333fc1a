using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Runs the scenarios that failed against a defect once more without any defect, at once: one that fails again was
/// failed by something else (a loaded machine missing a KPI, a timeout), so its failure under the defect proves nothing.
/// Every failure is re-run at the moment it happened: an earlier clean answer for the same scenario says nothing about
/// the load of this moment (reusing one counted load failures as catches on a loaded machine). Thread-safe.
/// </summary>
internal sealed class CleanRecheck(GherkinRunOptions options, string baseDirectory, TestRunContext shared)
{
    private int _runs;

    /// <summary>How many scenario runs the re-checks have cost so far.</summary>
    public int Runs => _runs;

    /// <summary>The locations of <paramref name="failed"/> that fail again without the defect.</summary>
    public async Task<HashSet<string>> FailingAgainAsync(IReadOnlyList<ScenarioResult> failed, CancellationToken cancellationToken)
    {
        if (failed.Count == 0)
        {
            return [];
        }

        Interlocked.Add(ref _runs, failed.Count);
        var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = MutationPaths.Of(failed, baseDirectory) }, [], shared.Branch(), cancellationToken);
        return summary.Results.Where(r => r.Status != ScenarioStatus.Passed).Select(r => r.Pickle.Location).ToHashSet(StringComparer.Ordinal);
    }
}
