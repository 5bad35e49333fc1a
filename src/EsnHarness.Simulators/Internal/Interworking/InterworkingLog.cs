using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>The interworking function's log messages (event IDs 4000-4099), written to its world's logger.</summary>
internal static partial class InterworkingLog
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Debug, Message = "{Bridge}: {What} not delivered to ESN ({Status}); the floor participant's timers recover, as for a lost message")]
    public static partial void NotDelivered(ILogger logger, string bridge, string what, string status);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "{Bridge}: the ESN downlink of {Identity} ended ({Status}); nothing more reaches the talkgroup from it")]
    public static partial void DownlinkEnded(ILogger logger, string bridge, string identity, string status);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "{Bridge}: radio {Issi} homed on ESN as {McpttId}")]
    public static partial void RadioHomed(ILogger logger, string bridge, string issi, string mcpttId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "{Bridge} failed ({Failure}): {Reason}")]
    public static partial void BridgeFailed(ILogger logger, string bridge, string failure, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Debug, Message = "{Bridge}: {Identity} was already gone from the MCX service ({Status})")]
    public static partial void AlreadyGone(ILogger logger, string bridge, string identity, string status);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Information, Message = "{Bridge}: emergency call from radio {Issi} in ESN call {CallId}, open microphone for {Milliseconds} ms")]
    public static partial void EmergencyCall(ILogger logger, string bridge, string issi, string callId, uint milliseconds);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Debug, Message = "{Bridge}: reference defect {Defect} changed what the interworking function did: {What}")]
    public static partial void DefectApplied(ILogger logger, string bridge, string defect, string what);
}
