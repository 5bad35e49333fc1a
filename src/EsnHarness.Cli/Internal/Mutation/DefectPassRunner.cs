using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Runs one part of a defect's pass: the part's scenarios with the defect switched on (in a branch of the run's context,
/// so it touches only their namespaces), each recording whether the defect's code ran in it. The failures that reached the
/// defect then run twice more at once, side by side: again with the defect on, and without it (<see cref="CleanRecheck"/>).
/// <see cref="CatchConfirmation"/> decides which failures are catches; the rest are reported unconfirmed, with the reason.
/// </summary>
internal sealed class DefectPassRunner(IReadOnlyList<ReferenceDefect> defects, GherkinRunOptions options, string baseDirectory, TestRunContext shared, CleanRecheck recheck)
{
    private int _reproductions;

    /// <summary>How many second runs with the defect on the confirmations have cost so far.</summary>
    public int Reproductions => _reproductions;

    public async Task<(IReadOnlyList<Catch> Catches, IReadOnlyList<Catch> Unconfirmed, TimeSpan Duration)> RunAsync(DefectPass part, CancellationToken cancellationToken)
    {
        var defect = defects[part.Defect];
        var started = TimeProvider.System.GetTimestamp();
        var first = await RunWithDefectAsync(defect, part.Scenarios, cancellationToken);
        var failed = first.Where(r => r.Evidence.Failed).ToList();
        var worth = failed.Where(r => CatchConfirmation.WorthConfirming(r.Evidence)).Select(r => r.Result).ToList();
        var second = Task.FromResult<IReadOnlyList<(ScenarioResult Result, RunEvidence Evidence)>>([]);
        var failingAgain = Task.FromResult(new HashSet<string>(StringComparer.Ordinal));
        if (worth.Count > 0)
        {
            Interlocked.Add(ref _reproductions, worth.Count);
            second = RunWithDefectAsync(defect, worth, cancellationToken);
            failingAgain = recheck.FailingAgainAsync(worth, cancellationToken);
        }

        var again = (await second).ToDictionary(r => r.Result.Pickle.Location, r => r.Evidence, StringComparer.Ordinal);
        var failedClean = await failingAgain;
        var catches = new List<Catch>();
        var unconfirmed = new List<Catch>();
        foreach (var (result, evidence) in failed)
        {
            var location = result.Pickle.Location;
            var doubt = CatchConfirmation.Doubt(evidence, again.GetValueOrDefault(location), failedClean.Contains(location));
            (doubt is null ? catches : unconfirmed).Add(CatchOf(defect, result, doubt));
        }

        return (catches, unconfirmed, TimeProvider.System.GetElapsedTime(started));
    }

    /// <summary>Runs <paramref name="scenarios"/> with the defect on, recording in each run whether the defect's code ran.</summary>
    private async Task<IReadOnlyList<(ScenarioResult Result, RunEvidence Evidence)>> RunWithDefectAsync(
        ReferenceDefect defect, IReadOnlyList<ScenarioResult> scenarios, CancellationToken cancellationToken)
    {
        var locations = scenarios.Select(r => r.Pickle.Location).ToHashSet(StringComparer.Ordinal);
        var context = shared.Branch();
        context.Set(new ActiveDefects([defect.Name]));
        context.Set(new DefectCoverage());
        var coverage = new PassCollector();
        var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = MutationPaths.Of(scenarios, baseDirectory) }, [coverage], context, cancellationToken);
        return [.. summary.Results.Where(r => locations.Contains(r.Pickle.Location)).Select(r => (r, new RunEvidence(
            r.Status == ScenarioStatus.Failed,
            coverage.Reach.TryGetValue(r.Pickle.Id, out var reach) && reach.Reaches(defect),
            r.FailedStep)))];
    }

    private static Catch CatchOf(ReferenceDefect defect, ScenarioResult result, string? doubt) =>
        new(defect.Name, result.Pickle.Location, ScenarioRef.Of(result.Pickle).Requirement, result.FailedStep ?? "(a hook)", FirstLine(result.Message), result.Duration, doubt);

    private static string FirstLine(string? message) => (message ?? string.Empty).Split('\n')[0].Trim();
}
