using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>Log messages of mission-critical admission (event IDs 5070-5079).</summary>
internal static partial class McAdmissionLog
{
    [LoggerMessage(EventId = 5070, Level = LogLevel.Information, Message = "namespace {Namespace}: MC session {SessionId} at ARP {Level}: granted {Granted}, {Preempted} pre-empted {Reason}")]
    public static partial void Requested(ILogger logger, string @namespace, string sessionId, uint level, bool granted, int preempted, string reason);
}
