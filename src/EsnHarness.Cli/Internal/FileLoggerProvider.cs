using EsnHarness.Targets;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>Writes every logger's messages, one line each and redacted, to one file (the run's log).</summary>
internal sealed class FileLoggerProvider(TextWriter file, LogLevel minimum, Redactor redactor, TimeProvider time) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Dispose()
    {
        lock (_gate)
        {
            file.Flush();
        }
    }

    internal bool IsEnabled(LogLevel level) => level != LogLevel.None && level >= minimum;

    internal void Write(LogLevel level, string category, EventId eventId, string message, Exception? exception)
    {
        var line = $"{time.GetUtcNow():yyyy-MM-dd HH:mm:ss.fff} {Level(level)} {category}[{eventId.Id}] {message}";
        if (exception is not null)
        {
            line += $" ({exception.GetType().Name}: {exception.Message})";
        }

        line = redactor.Redact(line.ReplaceLineEndings(" "));
        lock (_gate)
        {
            file.WriteLine(line);
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
