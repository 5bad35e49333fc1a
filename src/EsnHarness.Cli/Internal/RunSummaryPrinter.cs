using EsnHarness.Bdd;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// The end-of-run summary: parse errors first, what was selected, the counts, every failure with its step and reason,
/// every undefined step once, how an interruption ended the run, and where each report is (or why it is not).
/// </summary>
internal sealed class RunSummaryPrinter(CliConsole console, Redactor redactor)
{
    private const int MessageLines = 12;

    public async Task PrintAsync(RunOutcome run)
    {
        var output = console.Output;
        var summary = run.Summary;
        await output.WriteLineAsync();
        await PrintParseErrorsAsync(summary.ParseErrors);
        await output.WriteLineAsync(Selected(run));
        await output.WriteLineAsync($"{Plural.Of(run.Selected, "scenario")} ({Counts(summary)}) in {run.Elapsed.TotalSeconds:F1} s");
        foreach (var failure in summary.Failures)
        {
            await PrintFailureAsync(failure);
        }

        await new UndefinedStepsPrinter(output, redactor).PrintAsync(summary.Results);
        foreach (var error in summary.GlobalErrors)
        {
            await output.WriteLineAsync(redactor.Redact($"  ERROR {error}"));
        }

        if (summary.Interrupted)
        {
            var interrupted = summary.Results.Count(result => result.Interrupted);
            await output.WriteLineAsync($"Stopped by {run.StoppedBy ?? "cancellation"}: no new scenario started; {Plural.Of(interrupted, "interrupted scenario")} ran {(interrupted == 1 ? "its" : "their")} clean-up; {Plural.Of(summary.NotRun.Count, "selected scenario")} did not run.");
        }

        await PrintReportsAsync(run);
    }

    private async Task PrintParseErrorsAsync(IReadOnlyList<ParseProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var files = problems.Select(problem => problem.Uri).Distinct(StringComparer.Ordinal).Count();
        await console.Output.WriteLineAsync($"{Plural.Of(files, "feature file")} did not parse; {(files == 1 ? "its" : "their")} scenarios did not run:");
        foreach (var problem in problems)
        {
            await console.Output.WriteLineAsync($"  PARSE ERROR {problem}");
        }
    }

    private static string Selected(RunOutcome run)
    {
        var selection = run.Selection.Describe();
        return run.Catalogue == 0 ? $"Selected: no scenario; the catalogue holds none ({selection})"
            : run.Selected >= run.Catalogue ? $"Selected: all {Plural.Of(run.Selected, "scenario")} ({selection})"
            : $"Selected: {run.Selected} of {Plural.Of(run.Catalogue, "scenario")} ({selection}); the living doc shows the other {run.Catalogue - run.Selected} as not run";
    }

    private static string Counts(RunSummary summary)
    {
        var parts = new List<string>();
        foreach (var (status, count) in summary.Counts.Where(count => count.Value > 0))
        {
            var interrupted = status == ScenarioStatus.Failed ? summary.Results.Count(result => result.Interrupted) : 0;
            if (count - interrupted > 0)
            {
                parts.Add($"{count - interrupted} {status.ToString().ToLowerInvariant()}");
            }

            if (interrupted > 0)
            {
                parts.Add($"{interrupted} interrupted");
            }
        }

        if (summary.NotRun.Count > 0)
        {
            parts.Add($"{summary.NotRun.Count} not run");
        }

        return parts.Count == 0 ? "none run" : string.Join(", ", parts);
    }

    private async Task PrintFailureAsync(ScenarioResult failure)
    {
        var output = console.Output;
        var status = failure.Interrupted ? "INTERRUPTED" : failure.Status.ToString().ToUpperInvariant();
        await output.WriteLineAsync(redactor.Redact($"  {status} {failure.Pickle.Location}  {failure.Pickle.DisplayName}"));
        if (failure.FailedStep is not null)
        {
            await output.WriteLineAsync(redactor.Redact($"      at: {failure.FailedStep}"));
        }

        if (failure.Status == ScenarioStatus.Undefined)
        {
            await output.WriteLineAsync("      (undefined steps are listed below, each once)");
            return;
        }

        var lines = (failure.Message ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Take(MessageLines))
        {
            await output.WriteLineAsync(redactor.Redact($"      {line.TrimEnd()}"));
        }

        if (lines.Length > MessageLines)
        {
            await output.WriteLineAsync($"      ... {Plural.Of(lines.Length - MessageLines, "more line")} in the reports");
        }
    }

    private async Task PrintReportsAsync(RunOutcome run)
    {
        foreach (var report in run.Reports)
        {
            await console.Output.WriteLineAsync(report.Written
                ? $"{report.Format.Kind,-8} {report.Format.Path}"
                : $"{report.Format.Kind,-8} NOT WRITTEN to {report.Format.Path}: {report.Error}");
        }

        if (run.Log is not null)
        {
            await console.Output.WriteLineAsync($"{"log",-8} {run.Log}");
        }

        foreach (var report in run.Reports.Where(report => !report.Written))
        {
            await console.Error.WriteLineAsync($"esn: the {report.Format.Kind} report could not be written to {report.Format.Path}; the results are in {run.Messages} (esn report {report.Format.Kind} --from {run.Messages} -o FILE makes it again)");
        }
    }
}
