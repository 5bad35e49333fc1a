using EsnHarness.Bdd;
using EsnHarness.Targets;

namespace EsnHarness.Cli.Internal;

/// <summary>The end-of-run summary: counts, every failure with its step and reason, parse errors, and where the reports are.</summary>
internal sealed class RunSummaryPrinter(CliConsole console, Redactor redactor)
{
    public async Task PrintAsync(RunSummary summary, IReadOnlyList<ReportFormat> reports, TimeSpan elapsed)
    {
        var output = console.Output;
        await output.WriteLineAsync();
        var counts = string.Join(", ", summary.Counts.Where(count => count.Value > 0).Select(count => $"{count.Value} {count.Key.ToString().ToLowerInvariant()}"));
        await output.WriteLineAsync($"{summary.Results.Count} scenarios ({(counts.Length == 0 ? "none run" : counts)}) in {elapsed.TotalSeconds:F1} s");
        foreach (var failure in summary.Failures)
        {
            await output.WriteLineAsync(redactor.Redact($"  {failure.Status.ToString().ToUpperInvariant()} {failure.Pickle.Location}  {failure.Pickle.DisplayName}"));
            if (failure.FailedStep is not null)
            {
                await output.WriteLineAsync(redactor.Redact($"      at: {failure.FailedStep}"));
            }

            foreach (var line in (failure.Message ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(12))
            {
                await output.WriteLineAsync(redactor.Redact($"      {line.TrimEnd()}"));
            }
        }

        foreach (var problem in summary.ParseErrors)
        {
            await console.Error.WriteLineAsync($"esn: {problem}");
        }

        foreach (var error in summary.GlobalErrors)
        {
            await console.Error.WriteLineAsync(redactor.Redact($"esn: {error}"));
        }

        foreach (var report in reports)
        {
            await output.WriteLineAsync($"{report.Kind,-8} {report.Path}");
        }
    }
}
