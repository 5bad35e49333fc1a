using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>The run's own messages in its log file (event IDs 100-199); the embedded simulators add theirs.</summary>
internal static partial class RunLogMessages
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "esn run {Version}: profile {Profile}; {Selection}")]
    public static partial void Started(ILogger logger, string version, string profile, string selection);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "target {Role} -> {Address}")]
    public static partial void Target(ILogger logger, string role, string address);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "{Selected} scenario(s) selected, {Workers} at a time")]
    public static partial void Scheduled(ILogger logger, int selected, int workers);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "scenario {Status}: {Location} {Name} ({Seconds:F2} s)")]
    public static partial void ScenarioFinished(ILogger logger, string status, string location, string name, double seconds);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "{Kind} report written to {Path}")]
    public static partial void ReportWritten(ILogger logger, string kind, string path);

    [LoggerMessage(EventId = 105, Level = LogLevel.Error, Message = "{Kind} report not written to {Path}: {Reason}")]
    public static partial void ReportFailed(ILogger logger, string kind, string path, string reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "run ended: {Counts} in {Seconds:F1} s; exit code {ExitCode}")]
    public static partial void Finished(ILogger logger, string counts, double seconds, int exitCode);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning, Message = "run stopped by {Signal}")]
    public static partial void Stopped(ILogger logger, string signal);
}
