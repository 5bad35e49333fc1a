using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>The network model's log messages (event IDs 5000-5099).</summary>
internal static partial class NetworkLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "namespace {Namespace}: fault {FaultId} {Kind} on '{Target}' injected ({DurationMs} ms, 0 = until cleared)")]
    public static partial void FaultInjected(ILogger logger, string @namespace, string faultId, string kind, string target, uint durationMs);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "namespace {Namespace}: fault {FaultId} {Kind} on '{Target}' {How}")]
    public static partial void FaultCleared(ILogger logger, string @namespace, string faultId, string kind, string target, string how);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "namespace {Namespace}: {Field} '{Place}' is not a known place")]
    public static partial void UnknownPlace(ILogger logger, string @namespace, string field, string place);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "namespace {Namespace}: cell {CellId} load public {Public} MC {Mc}: MC admitted {Admitted}, public pre-empted {Preempted}, MC pre-empted {McPreempted}")]
    public static partial void CongestionSet(ILogger logger, string @namespace, string cellId, double @public, double mc, bool admitted, double preempted, double mcPreempted);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "namespace {Namespace}: terminal {TerminalId} handed over from {From} to {To}")]
    public static partial void Handover(ILogger logger, string @namespace, string terminalId, string from, string to);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "namespace {Namespace}: terminal {TerminalId} rides the {Line} over {Legs} places")]
    public static partial void RideStarted(ILogger logger, string @namespace, string terminalId, string line, int legs);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "namespace {Namespace}: a WatchTerminals request stream ended: {Reason}")]
    public static partial void WatchControlEnded(ILogger logger, string @namespace, string reason);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Debug, Message = "namespace {Namespace}: terminal {TerminalId} ARP priority {Level}, altitude {AltitudeFt} ft")]
    public static partial void TerminalQosChanged(ILogger logger, string @namespace, string terminalId, uint level, double altitudeFt);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Debug, Message = "namespace {Namespace}: a {Stream} stream ended: {Reason}")]
    public static partial void StreamEnded(ILogger logger, string @namespace, string stream, string reason);
}
