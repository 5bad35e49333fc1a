using EsnHarness.Bdd;
using EsnHarness.Targets;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// <c>esn run</c>'s log file (issue 13 item 5): <c>esn-run.log</c> beside the first report unless <c>--log</c> names
/// another. It holds the run's own messages (profile, targets, each scenario's end, the reports) and those of the
/// embedded simulators (namespaces, defects, background work that failed), redacted like every report.
/// </summary>
internal sealed class RunLog : IDisposable
{
    public const string DefaultName = "esn-run.log";
    private readonly StreamWriter _file;

    private RunLog(string path, StreamWriter file, LogLevel level, Redactor redactor)
    {
        Path = path;
        _file = file;
        Loggers = LoggerFactory.Create(logging => logging.SetMinimumLevel(level).AddProvider(new FileLoggerProvider(file, level, redactor, TimeProvider.System)));
        Run = Loggers.CreateLogger("EsnHarness.Cli.Run");
    }

    public string Path { get; }

    public ILoggerFactory Loggers { get; }

    public ILogger Run { get; }

    /// <summary>Opens the log (checked like a report: exit 2 with the path and the reason when it cannot be written).</summary>
    public static RunLog Open(CliConsole console, RunRequest request, IReadOnlyList<ReportFormat> formats, Redactor redactor)
    {
        var path = request.Log is { } named
            ? System.IO.Path.GetFullPath(named, console.WorkingDirectory)
            : System.IO.Path.Combine(formats.Count > 0 ? System.IO.Path.GetDirectoryName(formats[0].Path)! : console.WorkingDirectory, DefaultName);
        if (OutputPaths.Problem(path) is { } problem)
        {
            throw new UsageException($"--log {path}: {problem}");
        }

        try
        {
            var file = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
            return new RunLog(path, file, request.LogLevel, redactor);
        }
        catch (IOException error)
        {
            throw new UsageException($"--log {path}: cannot be written ({error.Message}); is another run writing its reports to the same folder?");
        }
    }

    public void Started(ResolvedProfile profile, SelectionFacts facts)
    {
        RunLogMessages.Started(Run, typeof(RunLog).Assembly.GetName().Version?.ToString() ?? "?", profile.Name, facts.Describe());
        foreach (var endpoint in profile.Endpoints.Values.OrderBy(e => e.Role.Name(), StringComparer.Ordinal))
        {
            RunLogMessages.Target(Run, endpoint.Role.Name(), endpoint.Embedded ? "embedded" : endpoint.Address!.ToString());
        }
    }

    /// <summary>How many scenarios run, and how many at a time (<c>--workers</c>, else the profile's, else esn.json's).</summary>
    public void Scheduled(int selected, int workers) => RunLogMessages.Scheduled(Run, selected, workers);

    public void Finished(RunOutcome outcome, int exitCode)
    {
        foreach (var result in outcome.Summary.Results)
        {
            RunLogMessages.ScenarioFinished(Run, result.Status.ToString().ToLowerInvariant(), result.Pickle.Location.ToString(), result.Pickle.DisplayName, result.Duration.TotalSeconds);
        }

        foreach (var report in outcome.Reports)
        {
            if (report.Written)
            {
                RunLogMessages.ReportWritten(Run, report.Format.Kind, report.Format.Path);
            }
            else
            {
                RunLogMessages.ReportFailed(Run, report.Format.Kind, report.Format.Path, report.Error ?? "unknown");
            }
        }

        if (outcome.StoppedBy is { } signal)
        {
            RunLogMessages.Stopped(Run, signal);
        }

        var counts = string.Join(", ", outcome.Summary.Counts.Where(kv => kv.Value > 0).Select(kv => $"{kv.Value} {kv.Key.ToString().ToLowerInvariant()}"));
        RunLogMessages.Finished(Run, counts.Length == 0 ? "no scenario" : counts, outcome.Elapsed.TotalSeconds, exitCode);
    }

    public void Dispose()
    {
        Loggers.Dispose();
        _file.Dispose();
    }
}
