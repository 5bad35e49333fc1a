using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// Runs one part of a defect's pass: the part's scenarios with the defect switched on (in a branch of the run's context,
/// so it touches only their namespaces), then the failures again without it (<see cref="CleanRecheck"/>). A failure that
/// passes again is a catch; one that fails again is reported unconfirmed.
/// </summary>
internal sealed class DefectPassRunner(IReadOnlyList<ReferenceDefect> defects, GherkinRunOptions options, string baseDirectory, TestRunContext shared, CleanRecheck recheck)
{
    public async Task<(IReadOnlyList<Catch> Catches, IReadOnlyList<Catch> Unconfirmed, TimeSpan Duration)> RunAsync(DefectPass part, CancellationToken cancellationToken)
    {
        var defect = defects[part.Defect];
        var locations = part.Scenarios.Select(r => r.Pickle.Location).ToHashSet(StringComparer.Ordinal);
        var started = TimeProvider.System.GetTimestamp();
        var context = shared.Branch();
        context.Set(new ActiveDefects([defect.Name]));
        var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = MutationPaths.Of(part.Scenarios, baseDirectory) }, [], context, cancellationToken);
        var failed = summary.Results.Where(r => locations.Contains(r.Pickle.Location) && r.Status == ScenarioStatus.Failed).ToList();
        var failingAgain = await recheck.FailingAgainAsync(failed, cancellationToken);
        var catches = failed.Where(r => !failingAgain.Contains(r.Pickle.Location)).Select(r => CatchOf(defect, r)).ToList();
        var unconfirmed = failed.Where(r => failingAgain.Contains(r.Pickle.Location)).Select(r => CatchOf(defect, r)).ToList();
        return (catches, unconfirmed, TimeProvider.System.GetElapsedTime(started));
    }

    private static Catch CatchOf(ReferenceDefect defect, ScenarioResult result) =>
        new(defect.Name, result.Pickle.Location, ScenarioRef.Of(result.Pickle).Requirement, result.FailedStep ?? "(a hook)", FirstLine(result.Message), result.Duration);

    private static string FirstLine(string? message) => (message ?? string.Empty).Split('\n')[0].Trim();
}
