using EsnHarness.Bdd;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// The main job: resolve settings and profile, check everything that can be checked before the first scenario
/// (exit 2 on any problem), run with live progress, write every report from the NDJSON, print the summary.
/// </summary>
internal sealed class RunJob(CliConsole console, RunRequest request)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = HarnessContext.LoadSettings(console, request.Config);
        var profile = ProfileResolver.Resolve(settings, console.Environment, new ProfileOverrides(request.Profile, request.Endpoints));
        var redactor = new Redactor(profile.Secrets);
        var formats = (request.Formats.Count > 0 ? request.Formats : settings.Formats)
            .Select(format => ReportFormat.Parse(format, request.Formats.Count > 0 ? console.WorkingDirectory : settings.BaseDirectory))
            .ToList();
        var selection = new RunSelection(console, request, settings);
        var options = selection.Options(workers: request.Workers ?? settings.Workers ?? Environment.ProcessorCount);
        await PreflightAsync(settings, profile, selection, cancellationToken);

        var messagePath = formats.FirstOrDefault(format => format.Kind == "message")?.Path ?? Path.Combine(Path.GetTempPath(), $"esn-{Guid.NewGuid():N}.ndjson");
        Directory.CreateDirectory(Path.GetDirectoryName(messagePath)!);
        var started = TimeProvider.System.GetTimestamp();
        RunSummary summary;
        await using (var target = await RunTargets.RegisterAsync(profile, settings, selection.UsesBuiltInSteps, cancellationToken))
        {
            using var ndjson = new RedactingNdjsonSink(new FileStream(messagePath, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024), redactor, RedactingNdjsonSink.RunInfo(profile, request.Shard));
            var display = new ProgressDisplay(console, redactor);
            summary = await display.RunAsync(progress => new GherkinRunner().RunAsync(options, [ndjson, progress], target.Context, cancellationToken));
        }

        var reports = ReportWriter.WriteDerived(formats, messagePath, ReportVocabulary.Of(settings));
        if (formats.All(format => format.Kind != "message"))
        {
            File.Delete(messagePath);
        }

        await new RunSummaryPrinter(console, redactor).PrintAsync(summary, reports, TimeProvider.System.GetElapsedTime(started));
        return summary.Success ? ExitCodes.Passed : ExitCodes.NotPassed;
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
