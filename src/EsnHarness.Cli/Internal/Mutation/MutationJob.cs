using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// <c>esn mutate</c>: runs the selection once against the faithful reference roles (recording which defects each scenario
/// reaches), then once per defect against the scenarios that can reach it, several passes side by side in one process
/// (each scenario has its own namespace and stub session, so a pass's defect touches only its own scenarios), and writes the
/// kill matrix. A scenario that never reached a defect in the clean pass cannot have seen it, so it is not run against it.
/// </summary>
internal sealed class MutationJob(CliConsole console, MutateRequest request)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = HarnessContext.LoadSettings(console, request.Run.Config);
        var profile = ProfileResolver.Resolve(settings, console.Environment, new ProfileOverrides(request.Run.Profile, request.Run.Endpoints));
        var defects = request.Defects.Count > 0
            ? ReferenceDefects.Check(request.Defects, profile)
            : [.. DefectCatalogue.All.Where(d => ReferenceDefects.Embedded(profile, d.Role))];
        if (defects.Count == 0)
        {
            throw new UsageException($"profile '{profile.Name}' runs no role embedded: a mutation run needs the reference implementations (the reference profile)");
        }

        var output = Path.GetFullPath(request.Output, console.WorkingDirectory);
        if (OutputPaths.Problem(output) is { } unwritable)
        {
            throw new UsageException($"--output {request.Output}: {unwritable}");
        }

        var selection = new RunSelection(console, request.Run, settings);
        // One options object, so every pass shares one measurement lane: no pass's functional scenario runs beside any
        // pass's measurement.
        var options = selection.Options(workers: request.Run.Workers ?? settings.Workers ?? Environment.ProcessorCount);
        SelectionCheck.Check(options, selection.Facts(), allowEmpty: false);

        var started = TimeProvider.System.GetTimestamp();
        await using var target = await RunTargets.RegisterAsync(profile, settings, selection.UsesBuiltInSteps, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, ScreenshotPolicy.Failures, cancellationToken);
        await console.Output.WriteLineAsync($"esn mutate: clean pass of the selection (profile {profile.Name}), then {Plural.Of(defects.Count, "defect")}, {Plural.Of(request.PassesAtOnce, "pass", "passes")} at a time");

        var collector = new PassCollector();
        var cleanContext = target.Context.Branch();
        cleanContext.Set(new DefectCoverage());
        var clean = await new GherkinRunner().RunAsync(options, [collector], cleanContext, cancellationToken);
        var cleanDuration = TimeProvider.System.GetElapsedTime(started);
        // A scenario the profile skips (a web console's screen on the gRPC console adapter) ran nothing: it can neither fail
        // the clean pass nor catch a defect, so it is listed apart and left out of the matrix.
        var skipped = clean.Results.Where(r => r.Status == ScenarioStatus.Skipped).Select(r => ScenarioRef.Of(r.Pickle)).ToList();
        var scenarios = clean.Results.Where(r => r.Status != ScenarioStatus.Skipped).Select(r => ScenarioRef.Of(r.Pickle)).ToList();
        var cleanFailures = clean.Results.Where(r => r.Status is not (ScenarioStatus.Passed or ScenarioStatus.Skipped)).Select(r => ScenarioRef.Of(r.Pickle)).ToList();
        await console.Output.WriteLineAsync(
            $"  clean: {Plural.Of(clean.Results.Count, "scenario")}, {scenarios.Count - cleanFailures.Count} passed, {skipped.Count} skipped by the profile, in {cleanDuration.TotalSeconds:F1} s");
        foreach (var failure in cleanFailures)
        {
            await console.Output.WriteLineAsync($"  clean FAILED {failure.Location} {failure.Name}: no defect is attributed to it");
        }

        var passing = clean.Results.Where(r => r.Status == ScenarioStatus.Passed).ToList();
        var reached = defects.Select(defect => passing.Where(r => collector.Reach.TryGetValue(r.Pickle.Id, out var reach) && reach.Reaches(defect)).ToList()).ToList();
        var outcomes = new DefectOutcome?[defects.Count];
        using var gate = new SemaphoreSlim(request.PassesAtOnce);
        var recheck = new CleanRecheck(options, settings.BaseDirectory, target.Context);
        // Longest first (by the clean pass's time of the scenarios each defect reaches): a long pass started last would
        // leave the other pass slots idle while it finishes alone.
        var order = Enumerable.Range(0, defects.Count).OrderByDescending(i => reached[i].Sum(r => r.Duration.Ticks)).ToList();
        await Task.WhenAll(order.Select(async index =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var defect = defects[index];
                outcomes[index] = await RunDefectAsync(defect, reached[index], options, settings.BaseDirectory, target.Context, recheck, cancellationToken);
                await console.Output.WriteLineAsync(Line(outcomes[index]!));
            }
            finally
            {
                gate.Release();
            }
        }));

        await console.Output.WriteLineAsync($"  catches confirmed by running the scenario again without any defect: {Plural.Of(recheck.Runs, "scenario run")}");
        var matrix = new MutationMatrix(profile.Name, scenarios, cleanFailures, skipped, [.. outcomes.Select(o => o!)], cleanDuration, TimeProvider.System.GetElapsedTime(started));
        await File.WriteAllTextAsync(output, matrix.ToJson(), cancellationToken);
        await new MutationSummaryPrinter(console).PrintAsync(matrix, output);
        return matrix.Success ? ExitCodes.Passed : ExitCodes.NotPassed;
    }

    private static async Task<DefectOutcome> RunDefectAsync(ReferenceDefect defect, IReadOnlyList<ScenarioResult> reachable, GherkinRunOptions options,
        string baseDirectory, TestRunContext shared, CleanRecheck recheck, CancellationToken cancellationToken)
    {
        var locations = reachable.Select(r => r.Pickle.Location).ToHashSet(StringComparer.Ordinal);
        if (reachable.Count == 0)
        {
            return new DefectOutcome(defect, [], [], TimeSpan.Zero);
        }

        var started = TimeProvider.System.GetTimestamp();
        var context = shared.Branch();
        context.Set(new ActiveDefects([defect.Name]));
        var paths = MutationPaths.Of(reachable, baseDirectory);
        var summary = await new GherkinRunner().RunAsync(options with { FeaturePaths = paths }, [], context, cancellationToken);
        var failed = summary.Results.Where(r => locations.Contains(r.Pickle.Location) && r.Status == ScenarioStatus.Failed).ToList();
        var confirmed = await recheck.FailingAgainAsync(failed, cancellationToken);
        var catches = failed.Where(r => !confirmed.Contains(r.Pickle.Location)).Select(r => CatchOf(defect, r)).ToList();
        var unconfirmed = failed.Where(r => confirmed.Contains(r.Pickle.Location)).Select(r => CatchOf(defect, r)).ToList();
        return new DefectOutcome(defect, [.. locations.Order(StringComparer.Ordinal)], catches, TimeProvider.System.GetElapsedTime(started), unconfirmed);
    }

    private static Catch CatchOf(ReferenceDefect defect, ScenarioResult result) =>
        new(defect.Name, result.Pickle.Location, ScenarioRef.Of(result.Pickle).Requirement, result.FailedStep ?? "(a hook)", FirstLine(result.Message));

    private static string FirstLine(string? message) => (message ?? string.Empty).Split('\n')[0].Trim();

    private static string Line(DefectOutcome outcome) => outcome switch
    {
        { Reachable.Count: 0 } => $"  {outcome.Defect.Name}: SURVIVED: no scenario of the selection reaches it",
        { Caught: false } => $"  {outcome.Defect.Name}: SURVIVED {Plural.Of(outcome.Reachable.Count, "scenario")} that reach it ({outcome.Duration.TotalSeconds:F1} s)",
        _ => $"  {outcome.Defect.Name}: caught by {outcome.Catches.Count} of {outcome.Reachable.Count} ({string.Join(", ", outcome.Catches.Select(c => c.Requirement).Distinct().Take(4))}) in {outcome.Duration.TotalSeconds:F1} s",
    };
}
