using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>The device simulator's log messages (event IDs 3000-3099), written to its world's logger.</summary>
internal static partial class DeviceLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "{Device}: uplink {What} not delivered ({Status}); the sender's own timers recover, as for a lost message")]
    public static partial void UplinkNotDelivered(ILogger logger, string device, string what, string status);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "{Device}: location report ({Trigger}) lost: {Reason}")]
    public static partial void LocationReportLost(ILogger logger, string device, string trigger, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "{Device} at place {Place}: no GNSS fix there and the network model gives no position for cell '{Cell}': location report ({Trigger}) not sent")]
    public static partial void NoPosition(ILogger logger, string device, string place, string cell, string trigger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "{Device}: the network model offers no network status feed ({Status}); the console sees none")]
    public static partial void NoNetworkStatusFeed(ILogger logger, string device, string status);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "{Device}: its own {Stream} stream ended ({Status}); the terminal hears nothing more on it until powered on again")]
    public static partial void OwnStreamEnded(ILogger logger, string device, string stream, string status);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "the {Stream} stream ended ({Reason}); the next terminal attaching opens another")]
    public static partial void SharedStreamEnded(ILogger logger, string stream, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "the upstream service has no multiplexed {Stream}: every terminal opens its own stream")]
    public static partial void SharedStreamUnsupported(ILogger logger, string stream);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "{Device}: powered off while {What} was already gone upstream ({Status})")]
    public static partial void AlreadyGoneUpstream(ILogger logger, string device, string what, string status);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Debug, Message = "{Device}: reference defect {Defect} changed what the terminal did: {What}")]
    public static partial void DefectApplied(ILogger logger, string device, string defect, string what);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Error, Message = "{Device}: a {Event} event that came down the link failed in the terminal; the next event goes on")]
    public static partial void ArrivalFailed(ILogger logger, string device, string @event, Exception exception);

    [LoggerMessage(EventId = 3080, Level = LogLevel.Information, Message = "{Device}: a stored emergency alert did not reach the MCX ({Reason}); it stays stored until service returns")]
    public static partial void StoredAlertNotSent(ILogger logger, string device, string reason);

    [LoggerMessage(EventId = 3081, Level = LogLevel.Warning, Message = "{Device}: the man-down alert could not be raised: {Reason}")]
    public static partial void ManDownFailed(ILogger logger, string device, string reason);

    [LoggerMessage(EventId = 3082, Level = LogLevel.Debug, Message = "{Device}: {What} stopped ({Reason})")]
    public static partial void TransmissionStopped(ILogger logger, string device, string what, string reason);

    [LoggerMessage(EventId = 3083, Level = LogLevel.Warning, Message = "{Device}: the mandatory download of {Url} failed ({Status}: {Reason})")]
    public static partial void MandatoryDownloadFailed(ILogger logger, string device, string url, string status, string reason);

    [LoggerMessage(EventId = 3086, Level = LogLevel.Information, Message = "{Device}: the KMS gave no key for group {Group} ({Outcome}); the user is in the group but cannot decrypt its protected traffic")]
    public static partial void NoGroupKey(ILogger logger, string device, string group, string outcome);
}
