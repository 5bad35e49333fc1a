using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>The simulators' shared log messages (event IDs 1000-1099); each role adds its own in its folder.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "{Role} world of namespace {Namespace} opened with defects [{Defects}]")]
    public static partial void WorldOpened(ILogger logger, string role, string @namespace, string defects);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "{Role} world of namespace {Namespace} closed ({Reason})")]
    public static partial void WorldClosed(ILogger logger, string role, string @namespace, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "{Role} world of namespace {Namespace}: background work '{What}' failed")]
    public static partial void BackgroundWorkFailed(ILogger logger, Exception exception, string role, string @namespace, string what);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "{Role} world of namespace {Namespace}: {Count} background task(s) still running {Seconds} s after close")]
    public static partial void BackgroundWorkOutlivedClose(ILogger logger, string role, string @namespace, int count, double seconds);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "namespace {Namespace} evicted after {Minutes} min without a call")]
    public static partial void NamespaceEvicted(ILogger logger, string @namespace, double minutes);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "namespace {Namespace}: defects [{Defects}] switched on")]
    public static partial void DefectsActivated(ILogger logger, string @namespace, string defects);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "{Role} world of namespace {Namespace}: closing failed")]
    public static partial void WorldCloseFailed(ILogger logger, Exception exception, string role, string @namespace);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Error, Message = "the idle-namespace sweep failed")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
