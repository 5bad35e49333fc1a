using EsnHarness.Bdd;
using EsnHarness.Cli.Internal.Mutation;
using EsnHarness.Steps.Lifecycle;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// The main job: resolve settings and profile, check everything that can be checked before the first scenario (report
/// paths, the selection, stubs, reachability: exit 2 on any problem), run with live progress, write every report from
/// the NDJSON (one that fails does not stop the others), print the summary. Ctrl+C or SIGTERM stops starting scenarios;
/// what ran is reported and the exit code is 130 or 143.
/// </summary>
internal sealed class RunJob(CliConsole console, RunRequest request, Interruption interruption)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Independent start-up work on another core while this one reads the settings and parses the features.
        var serializerPrepared = Task.Run(NdjsonSerializer.Prepare, CancellationToken.None);
        try
        {
            return await RunAsync(serializerPrepared, cancellationToken);
        }
        finally
        {
            await serializerPrepared;
        }
    }

    private async Task<int> RunAsync(Task serializerPrepared, CancellationToken cancellationToken)
    {
        var settings = HarnessContext.LoadSettings(console, request.Config);
        var profile = ProfileResolver.Resolve(settings, console.Environment, new ProfileOverrides(request.Profile, request.Endpoints));
        var redactor = new Redactor(profile.Secrets);
        var defects = ReferenceDefects.Check(request.Defects ?? [], profile);
        var formats = (request.Formats.Count > 0 ? request.Formats : settings.Formats)
            .Select(format => ReportFormat.Parse(format, request.Formats.Count > 0 ? console.WorkingDirectory : settings.BaseDirectory))
            .ToList();
        if (OutputPaths.Problems(formats) is { Count: > 0 } unwritable)
        {
            throw new UsageException(unwritable);
        }

        var selection = new RunSelection(console, request, settings);
        var options = selection.Options(workers: request.Workers ?? profile.Workers ?? settings.Workers ?? Environment.ProcessorCount);
        var facts = selection.Facts();
        var discovery = SelectionCheck.Check(options, facts, request.AllowEmpty);
        await PreflightAsync(settings, profile, selection, cancellationToken);
        using var log = RunLog.Open(console, request, formats, redactor);
        log.Started(profile, facts);
        log.Scheduled(discovery.Pickles.Count, options.Workers);

        var messagePath = formats.FirstOrDefault(format => format.Kind == "message")?.Path ?? Path.Combine(Path.GetTempPath(), $"esn-{Guid.NewGuid():N}.ndjson");
        var started = TimeProvider.System.GetTimestamp();
        RunSummary summary;
        RunProgress progress;
        using (cancellationToken.Register(() => console.Error.WriteLine($"esn: {interruption.Signal ?? "cancelled"}: stopping; no new scenario starts, the running ones finish their clean-up, then every report is written{(interruption.Signal is null ? string.Empty : " (a second signal stops at once)")}")))
        {
            await using var target = await RunTargets.RegisterAsync(profile, settings, selection.UsesBuiltInSteps, log.Loggers, request.Screenshots, cancellationToken);
            if (defects.Count > 0)
            {
                target.Context.Set(new ActiveDefects([.. defects.Select(d => d.Name)]));
                await console.Error.WriteLineAsync($"esn: reference defects on in every scenario: {string.Join(", ", defects.Select(d => d.Name))}");
            }

            await serializerPrepared;
            using var ndjson = new RedactingNdjsonSink(new FileStream(messagePath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024), redactor, RedactingNdjsonSink.RunInfo(profile, facts));
            var display = new ProgressDisplay(console, redactor);
            (summary, progress) = await display.RunAsync(sink => new GherkinRunner().RunAsync(discovery, [ndjson, sink], target.Context, cancellationToken));
        }

        var reports = ReportWriter.WriteDerived(formats, messagePath, ReportVocabulary.Of(settings));
        var keepMessages = formats.Any(format => format.Kind == "message") || reports.Any(report => !report.Written);
        if (!keepMessages)
        {
            File.Delete(messagePath);
        }

        var outcome = new RunOutcome(summary, facts, progress.CatalogueScenarios, reports, keepMessages ? messagePath : null, TimeProvider.System.GetElapsedTime(started), interruption.Signal, log.Path);
        var exitCode = summary.Interrupted ? interruption.ExitCode
            : summary.Success && reports.All(report => report.Written) ? ExitCodes.Passed
            : ExitCodes.NotPassed;
        log.Finished(outcome, exitCode);
        await new RunSummaryPrinter(console, redactor).PrintAsync(outcome);
        return exitCode;
    }

    private async Task PreflightAsync(HarnessSettings settings, ResolvedProfile profile, RunSelection selection, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (selection.UsesBuiltInSteps && RunTargets.NeedsEmbeddedStubs(profile))
        {
            problems.AddRange(EsnHarness.Stubs.StubCatalog.Validate(settings.Resolve(settings.Stubs)).Select(problem => problem.ToString()));
        }

        problems.AddRange(await ReachabilityCheck.FindUnreachableAsync(profile, TimeSpan.FromSeconds(5), cancellationToken));
        if (problems.Count > 0)
        {
            throw new UsageException(problems);
        }
    }
}
