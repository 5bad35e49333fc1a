using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>The device simulator's direct-mode log messages (event IDs 3070-3089), written to its world's logger.</summary>
internal static partial class DirectModeLog
{
    [LoggerMessage(EventId = 3070, Level = LogLevel.Warning, Message = "{Device}: a {Message} on the sidelink could not be handled; the next one still arrives")]
    public static partial void DeliveryFailed(ILogger logger, Exception error, string device, string message);

    [LoggerMessage(EventId = 3071, Level = LogLevel.Information, Message = "{Device}: {What} direct mode on group {Group} ({Reason})")]
    public static partial void ModeChanged(ILogger logger, string device, string what, string group, string reason);

    [LoggerMessage(EventId = 3072, Level = LogLevel.Debug, Message = "{Device}: reference defect {Defect} changed what the terminal did in direct mode: {What}")]
    public static partial void DefectApplied(ILogger logger, string device, string defect, string what);

    [LoggerMessage(EventId = 3073, Level = LogLevel.Information, Message = "{Device}: back on the network, could not rejoin the call on group {Group} ({Status}); it joins the next call")]
    public static partial void RejoinFailed(ILogger logger, string device, string group, string status);

    [LoggerMessage(EventId = 3074, Level = LogLevel.Debug, Message = "{Device}: gateway {What} on group {Group}")]
    public static partial void Gateway(ILogger logger, string device, string what, string group);
}
