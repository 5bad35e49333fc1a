using System.Collections.Concurrent;
using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Runs the scenarios that failed against a defect once more without any defect: one that fails again was failed by
/// something else (a loaded machine missing a KPI, a timeout), so its failure under the defect proves nothing. A measured
/// scenario (the run's measurement tag) is re-run after every defect it fails against, since its verdict depends on the
/// load of the moment; a functional one is re-run once per mutation run and that answer serves every later defect it fails
/// against (a scenario that fails against most defects, e.g. with affiliation not applied, is otherwise run once more per
/// defect). Thread-safe: the defect passes call it side by side.
/// </summary>
internal sealed class CleanRecheck(GherkinRunOptions options, string baseDirectory, TestRunContext shared)
{
    private readonly ConcurrentDictionary<string, Task<bool>> _functional = new(StringComparer.Ordinal);
    private int _runs;

    /// <summary>How many scenario runs the re-checks have cost so far.</summary>
    public int Runs => _runs;

    /// <summary>The locations of <paramref name="failed"/> that fail again without the defect.</summary>
    public async Task<HashSet<string>> FailingAgainAsync(IReadOnlyList<ScenarioResult> failed, CancellationToken cancellationToken)
    {
        var toRun = new List<ScenarioResult>();
        var owned = new Dictionary<string, TaskCompletionSource<bool>>(StringComparer.Ordinal);
        var reused = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var result in failed)
        {
            var location = result.Pickle.Location;
            if (options.MeasurementLane?.IsMeasured(result.Pickle.Tags) == true)
            {
                toRun.Add(result);
                continue;
            }

            var mine = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            var answer = _functional.GetOrAdd(location, mine.Task);
            if (answer == mine.Task)
            {
                owned[location] = mine;
                toRun.Add(result);
            }
            else
            {
                reused[location] = answer;
            }
        }

        var failing = new HashSet<string>(StringComparer.Ordinal);
        if (toRun.Count > 0)
        {
            try
            {
                Interlocked.Add(ref _runs, toRun.Count);
                var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = MutationPaths.Of(toRun, baseDirectory) }, [], shared.Branch(), cancellationToken);
                failing.UnionWith(summary.Results.Where(r => r.Status != ScenarioStatus.Passed).Select(r => r.Pickle.Location));
            }
            catch (Exception e)
            {
                foreach (var source in owned.Values)
                {
                    source.TrySetException(e);
                }

                throw;
            }

            foreach (var (location, source) in owned)
            {
                source.TrySetResult(failing.Contains(location));
            }
        }

        foreach (var (location, answer) in reused)
        {
            if (await answer)
            {
                failing.Add(location);
            }
        }

        return failing;
    }
}
