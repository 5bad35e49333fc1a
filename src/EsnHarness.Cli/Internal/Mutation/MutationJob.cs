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
/// Every defect's functional scenarios run first, then every defect's measured ones (<see cref="MutationPlan"/>).
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
        // One options object for every defect pass, so they share one measurement lane: no pass's functional scenario runs
        // beside any pass's measurement (the functional and measured phases below keep them apart; the lane holds it for the
        // re-checks too).
        var selected = selection.Options(workers: request.Run.Workers ?? settings.Workers ?? Environment.ProcessorCount);
        SelectionCheck.Check(selected, selection.Facts(), allowEmpty: false);
        // The clean pass measures as esn run does; the defect passes' measured phase runs --measured-at-once at a time.
        var cleanOptions = selected with { MeasurementLane = new MeasurementLane(RunSelection.MeasurementTag, RunSelection.MeasurementWorkers) };
        var options = selected with { MeasurementLane = new MeasurementLane(RunSelection.MeasurementTag, request.Run.MeasuredAtOnce ?? DefaultMeasuredAtOnce) };

        var started = TimeProvider.System.GetTimestamp();
        await using var target = await RunTargets.RegisterAsync(profile, settings, selection.UsesBuiltInSteps, Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance, ScreenshotPolicy.Failures, cancellationToken);
        await console.Output.WriteLineAsync($"esn mutate: clean pass of the selection (profile {profile.Name}), then {Plural.Of(defects.Count, "defect")}, {Plural.Of(request.PassesAtOnce, "pass", "passes")} at a time");

        var collector = new PassCollector();
        var cleanContext = target.Context.Branch();
        cleanContext.Set(new DefectCoverage());
        var clean = await new GherkinRunner().RunAsync(cleanOptions, [collector], cleanContext, cancellationToken);
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
        var reached = defects.Select(defect => (IReadOnlyList<ScenarioResult>)[.. passing.Where(r => collector.Reach.TryGetValue(r.Pickle.Id, out var reach) && reach.Reaches(defect))]).ToList();
        var (functional, measured) = MutationPlan.Phases(request.EveryScenario ? [.. defects.Select(_ => (IReadOnlyList<ScenarioResult>)passing)] : reached,
            r => options.MeasurementLane?.IsMeasured(r.Pickle.Tags) == true);
        var tallies = defects.Select((defect, i) => new DefectTally(
            defect, [.. reached[i].Select(r => r.Pickle.Location).Distinct(StringComparer.Ordinal)], functional.Count(p => p.Defect == i) + measured.Count(p => p.Defect == i))).ToList();
        foreach (var unreached in tallies.Where((_, i) => reached[i].Count == 0 && !request.EveryScenario))
        {
            await console.Output.WriteLineAsync(Line(unreached.Outcome));
        }

        var recheck = new CleanRecheck(options, settings.BaseDirectory, target.Context);
        var runner = new DefectPassRunner(defects, options, settings.BaseDirectory, target.Context, recheck);
        foreach (var (phase, kind) in new[] { (functional, "functional"), (measured, "measured") })
        {
            var phaseStarted = TimeProvider.System.GetTimestamp();
            using var gate = new SemaphoreSlim(MutationPlan.PartsAtOnce(phase == measured, request.PassesAtOnce, options.MeasurementLane!.Workers));
            await Task.WhenAll(phase.Select(async part =>
            {
                await gate.WaitAsync(cancellationToken);
                try
                {
                    var (catches, unconfirmed, duration) = await runner.RunAsync(part, cancellationToken);
                    if (tallies[part.Defect].Add(catches, unconfirmed, duration) is { } outcome)
                    {
                        await console.Output.WriteLineAsync(Line(outcome));
                    }
                }
                finally
                {
                    gate.Release();
                }
            }));
            await console.Output.WriteLineAsync(
                $"  {kind} phase: {Plural.Of(phase.Sum(p => p.Scenarios.Count), "scenario run")} against {Plural.Of(phase.Count, "defect")} in {TimeProvider.System.GetElapsedTime(phaseStarted).TotalSeconds:F1} s");
        }

        await console.Output.WriteLineAsync($"  confirmations: {Plural.Of(runner.Reproductions, "second run")} with the defect on (a catch must fail again at the same step);"
            + $" {Plural.Of(recheck.Runs, "clean re-run")}, {Plural.Of(recheck.Reused, "failure")} of a functional scenario took its earlier passing clean re-run"
            + (recheck.MachineFailing ? $" (until clean re-runs of {ConfirmationMemory.MachineFailingScenarios} scenarios failed: every failure after that was re-run)" : string.Empty));
        foreach (var unreliable in recheck.Unreliable)
        {
            await console.Output.WriteLineAsync($"  failed a clean re-run (every later catch by it was re-run): {unreliable}");
        }

        if (request.EveryScenario)
        {
            await PrintOutsideReachAsync(tallies);
        }

        var matrix = new MutationMatrix(profile.Name, scenarios, cleanFailures, skipped, [.. tallies.Select(t => t.Outcome)], cleanDuration, TimeProvider.System.GetElapsedTime(started));
        await File.WriteAllTextAsync(output, matrix.ToJson(), cancellationToken);
        await new MutationSummaryPrinter(console).PrintAsync(matrix, output);
        return matrix.Success ? ExitCodes.Passed : ExitCodes.NotPassed;
    }

    /// <summary>Measured scenarios of the defect passes run at once unless --measured-at-once says otherwise: 12, as many as
    /// kept every KPI verdict of the @kpi scenarios run alone (the kpi-beside benchmark with --at-once 12, twice on a quiet
    /// machine; 16 changed one).</summary>
    public const int DefaultMeasuredAtOnce = 12;

    /// <summary>With --every-scenario: the catches of scenarios that did not reach their defect in the clean pass (a reach that
    /// left out a scenario that catches), or that there were none.</summary>
    private async Task PrintOutsideReachAsync(IEnumerable<DefectTally> tallies)
    {
        var outside = tallies.SelectMany(t => t.Outcome.OutsideReach).ToList();
        await console.Output.WriteLineAsync(outside.Count == 0
            ? "  every scenario: every catch was by a scenario that reached its defect in the clean pass"
            : $"  every scenario: {Plural.Of(outside.Count, "catch", "catches")} by a scenario that did not reach its defect in the clean pass:");
        foreach (var c in outside)
        {
            await console.Output.WriteLineAsync($"    {c.Defect}: {c.Scenario} {c.Requirement} at {c.Step}");
        }
    }

    private static string Line(DefectOutcome outcome) => outcome switch
    {
        { Reachable.Count: 0 } => $"  {outcome.Defect.Name}: SURVIVED: no scenario of the selection reaches it",
        { Caught: false } => $"  {outcome.Defect.Name}: SURVIVED {Plural.Of(outcome.Reachable.Count, "scenario")} that reach it ({outcome.Duration.TotalSeconds:F1} s)",
        _ => $"  {outcome.Defect.Name}: caught by {outcome.Catches.Count} of {outcome.Reachable.Count} ({string.Join(", ", outcome.Catches.Select(c => c.Requirement).Distinct().Take(4))}) in {outcome.Duration.TotalSeconds:F1} s",
    } + (outcome.Unconfirmed is { Count: > 0 } doubts ? $"; {Plural.Of(doubts.Count, "failure")} unconfirmed" : string.Empty);
}
