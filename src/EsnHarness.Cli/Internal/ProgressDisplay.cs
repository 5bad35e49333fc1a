using System.Text;
using System.Threading.Channels;
using EsnHarness.Bdd;
using EsnHarness.Targets;
using Spectre.Console;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Shows progress while a run goes: a live status line on a terminal (scenarios done, passed, failed, what runs now),
/// plain lines, one per finished scenario, when output is redirected or CI=true.
/// </summary>
internal sealed class ProgressDisplay(CliConsole console, Redactor redactor)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(150);

    /// <summary>Runs <paramref name="run"/> with a progress sink; returns its summary and the sink (which saw the whole stream).</summary>
    public async Task<(RunSummary Summary, RunProgress Progress)> RunAsync(Func<RunProgress, Task<RunSummary>> run)
    {
        if (!console.Interactive)
        {
            return await RunWithLinesAsync(run);
        }

        var progress = new RunProgress(onFinishedLine: null);
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Output) });
        var summary = await terminal.Status().Spinner(Spinner.Known.Dots).StartAsync("starting", async status =>
        {
            var running = run(progress);
            using var timer = new PeriodicTimer(Refresh);
            while (!running.IsCompleted && await timer.WaitForNextTickAsync())
            {
                var (total, done, passed, skipped, failed, current) = progress.Snapshot();
                var now = current is null ? string.Empty : $" · now: {Markup.Escape(redactor.Redact(current))}";
                status.Status($"{done}/{total} scenarios · [green]{passed} passed[/] · [red]{failed} not passed[/] · {skipped} skipped{now}");
            }

            return await running;
        });
        return (summary, progress);
    }

    /// <summary>
    /// One line per finished scenario, written by a pump of its own: the runner only queues the line (it calls the progress
    /// sink while it holds the message stream), and the pump writes whatever has queued up in one console write.
    /// </summary>
    private async Task<(RunSummary Summary, RunProgress Progress)> RunWithLinesAsync(Func<RunProgress, Task<RunSummary>> run)
    {
        var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var pump = Task.Run(async () =>
        {
            var batch = new StringBuilder();
            while (await lines.Reader.WaitToReadAsync())
            {
                while (lines.Reader.TryRead(out var line))
                {
                    batch.AppendLine(redactor.Redact(line));
                }

                console.Output.Write(batch.ToString());
                batch.Clear();
            }
        });
        try
        {
            var progress = new RunProgress(line => lines.Writer.TryWrite(line));
            return (await run(progress), progress);
        }
        finally
        {
            lines.Writer.Complete();
            await pump;
        }
    }
}
