using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>Log messages of regroups, mutual aid, METHANE and radio resources (event IDs 2700-2719).</summary>
internal static partial class MultiAgencyLog
{
    [LoggerMessage(EventId = 2700, Level = LogLevel.Warning, Message = "mcx {Namespace}: the radio network does not implement RequestMcResources; calls are set up without asking it for mission-critical resources (no call-level pre-emption)")]
    public static partial void NetworkWithoutResources(ILogger logger, string @namespace);

    [LoggerMessage(EventId = 2701, Level = LogLevel.Information, Message = "mcx {Namespace}: call {CallId} pre-empted: {Reason}")]
    public static partial void CallPreempted(ILogger logger, string @namespace, string callId, string reason);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Information, Message = "mcx {Namespace}: call set-up by {McpttId} refused, no radio resources: {Reason}")]
    public static partial void NoRadioResources(ILogger logger, string @namespace, string mcpttId, string reason);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Information, Message = "mcx {Namespace}: regroup {RegroupId} into {RegroupGroupId} by {By}: {Groups} groups, {Members} members")]
    public static partial void Regrouped(ILogger logger, string @namespace, string regroupId, string regroupGroupId, string by, int groups, int members);

    [LoggerMessage(EventId = 2704, Level = LogLevel.Information, Message = "mcx {Namespace}: regroup {RegroupId} ended by {By}")]
    public static partial void RegroupEnded(ILogger logger, string @namespace, string regroupId, string by);

    [LoggerMessage(EventId = 2705, Level = LogLevel.Information, Message = "mcx {Namespace}: mutual-aid group {GroupId} active {Active} by {By}: {Members} members changed")]
    public static partial void MutualAidChanged(ILogger logger, string @namespace, string groupId, bool active, string by, int members);

    [LoggerMessage(EventId = 2706, Level = LogLevel.Information, Message = "mcx {Namespace}: METHANE report from {McpttId} refused: {Reason}")]
    public static partial void MethaneRefused(ILogger logger, string @namespace, string mcpttId, string reason);

    [LoggerMessage(EventId = 2707, Level = LogLevel.Warning, Message = "mcx {Namespace}: {What} of {McpttId} to regroup group {RegroupGroupId} failed: {Reason}")]
    public static partial void RegroupAffiliationFailed(ILogger logger, string @namespace, string what, string mcpttId, string regroupGroupId, string reason);
}
