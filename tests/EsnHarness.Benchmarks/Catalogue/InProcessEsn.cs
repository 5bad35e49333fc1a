using System.Diagnostics;
using EsnHarness.Cli;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>Runs <c>esn run</c> in this process through the CLI's own command line, with a deadline, its NDJSON and log in the temp folder.</summary>
internal static class InProcessEsn
{
    /// <summary>Returns the exit code, wall time, console output and scenarios; null when the deadline passed (the output's tail is printed).</summary>
    public static async Task<EsnRun?> RunAsync(string root, string label, IEnumerable<string> extra, TimeSpan limit)
    {
        var messages = Path.Combine(Path.GetTempPath(), $"esn-{label}-{Environment.ProcessId}.ndjson");
        var logFile = Path.ChangeExtension(messages, ".log");
        string[] arguments = ["run", "--config", Path.Combine(root, "esn.json"), "--format", $"message:{messages}", "--log", logFile, .. extra];
        var log = new StringWriter();
        var console = CliConsole.FromProcess() with { Output = log, Error = log, WorkingDirectory = root, Interactive = false };
        using var deadline = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();
        try
        {
            var exitCode = await EsnCommandLine.InvokeAsync(arguments, console, deadline.Token).WaitAsync(limit + TimeSpan.FromSeconds(30));
            clock.Stop();
            var scenarios = File.Exists(messages) ? RunMessages.Read(messages) : [];
            return new EsnRun(exitCode, clock.Elapsed, log.ToString(), scenarios);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            Console.WriteLine($"{label}: did not finish within {limit.TotalSeconds:0} s; last output:\n{Tail(log.ToString(), 20)}");
            return null;
        }
        finally
        {
            File.Delete(messages);
            File.Delete(logFile);
        }
    }

    public static string Tail(string text, int lines) => string.Join('\n', text.TrimEnd().Split('\n').TakeLast(lines));
}
