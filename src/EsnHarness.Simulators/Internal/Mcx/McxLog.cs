using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// The reference MCX service's log messages (event IDs 2000-2099). The world's logger already names the role; each
/// message names the namespace. Never a token or any other secret: users are named by MCPTT ID only.
/// </summary>
internal static partial class McxLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "mcx {Namespace}: {McpttId} registered ({Authorisation})")]
    public static partial void Registered(ILogger logger, string @namespace, string mcpttId, string authorisation);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "mcx {Namespace}: {McpttId} deregistered")]
    public static partial void Deregistered(ILogger logger, string @namespace, string mcpttId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "mcx {Namespace}: registration of {McpttId} refused: {Reason}")]
    public static partial void RegistrationRefused(ILogger logger, string @namespace, string mcpttId, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "mcx {Namespace}: {McpttId} revoked at the IdMS: deregistered and refused from now on")]
    public static partial void Revoked(ILogger logger, string @namespace, string mcpttId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "mcx {Namespace}: {McpttId} affiliated to {GroupId} (by {ChangedBy})")]
    public static partial void Affiliated(ILogger logger, string @namespace, string mcpttId, string groupId, string changedBy);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "mcx {Namespace}: {McpttId} deaffiliated from {GroupId} (by {ChangedBy})")]
    public static partial void Deaffiliated(ILogger logger, string @namespace, string mcpttId, string groupId, string changedBy);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "mcx {Namespace}: call {CallId} ({Type}) on {Target} set up by {Initiator} with {Participants} participant(s)")]
    public static partial void CallStarted(ILogger logger, string @namespace, string callId, string type, string target, string initiator, int participants);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "mcx {Namespace}: call {CallId} ended ({Cause})")]
    public static partial void CallEnded(ILogger logger, string @namespace, string callId, string cause);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "mcx {Namespace}: {McpttId} entered call {CallId} late")]
    public static partial void LateEntry(ILogger logger, string @namespace, string mcpttId, string callId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information, Message = "mcx {Namespace}: emergency alert raised by {McpttId} on {GroupId}")]
    public static partial void AlertRaised(ILogger logger, string @namespace, string mcpttId, string groupId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "mcx {Namespace}: emergency alert of {McpttId} on {GroupId} cancelled by {CancelledBy}")]
    public static partial void AlertCancelled(ILogger logger, string @namespace, string mcpttId, string groupId, string cancelledBy);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "mcx {Namespace}: emergency alert of {McpttId} on {GroupId} acknowledged by {AcknowledgedBy}")]
    public static partial void AlertAcknowledged(ILogger logger, string @namespace, string mcpttId, string groupId, string acknowledgedBy);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "mcx {Namespace}: call {CallId} upgraded to {Type} by {McpttId}")]
    public static partial void CallUpgraded(ILogger logger, string @namespace, string callId, string type, string mcpttId);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Information, Message = "mcx {Namespace}: emergency of call {CallId} cancelled by {McpttId}")]
    public static partial void EmergencyCallCancelled(ILogger logger, string @namespace, string callId, string mcpttId);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Error, Message = "mcx {Namespace}: timer '{What}' failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, string @namespace, string what);

    [LoggerMessage(EventId = 2015, Level = LogLevel.Warning, Message = "mcx {Namespace}: the control stream of a multiplexed downlink failed")]
    public static partial void DownlinkControlFailed(ILogger logger, Exception exception, string @namespace);

    [LoggerMessage(EventId = 2016, Level = LogLevel.Information, Message = "mcx {Namespace}: SDS {MessageId} from {Sender} undelivered to {Recipient} after {Attempts} attempts")]
    public static partial void SdsUndelivered(ILogger logger, string @namespace, string messageId, string sender, string recipient, uint attempts);

    [LoggerMessage(EventId = 2017, Level = LogLevel.Information, Message = "mcx {Namespace}: group {GroupId} read from the GMS document {Url} (ETag {ETag})")]
    public static partial void GroupDocumentRead(ILogger logger, string @namespace, string groupId, string url, string etag);

    [LoggerMessage(EventId = 2018, Level = LogLevel.Debug, Message = "mcx {Namespace}: group {GroupId} unchanged at the GMS (304, ETag {ETag})")]
    public static partial void GroupDocumentUnchanged(ILogger logger, string @namespace, string groupId, string etag);

    [LoggerMessage(EventId = 2019, Level = LogLevel.Warning, Message = "mcx {Namespace}: group {GroupId} no longer at the GMS ({Url}: 404): removed")]
    public static partial void GroupDocumentGone(ILogger logger, string @namespace, string groupId, string url);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Debug, Message = "mcx {Namespace}: {Kind} user profile of {McpttId} read from the CMS ({Fields})")]
    public static partial void ProfileDocumentRead(ILogger logger, string @namespace, string kind, string mcpttId, string fields);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Debug, Message = "mcx {Namespace}: the CMS holds no {Kind} user profile for {McpttId}")]
    public static partial void ProfileDocumentMissing(ILogger logger, string @namespace, string kind, string mcpttId);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Debug, Message = "mcx {Namespace}: profile of {McpttId} changed: {Fields}")]
    public static partial void ProfilePatched(ILogger logger, string @namespace, string mcpttId, string fields);

    [LoggerMessage(EventId = 2023, Level = LogLevel.Debug, Message = "mcx {Namespace}: group {GroupId} stored ({Source})")]
    public static partial void GroupStored(ILogger logger, string @namespace, string groupId, string source);

    [LoggerMessage(EventId = 2024, Level = LogLevel.Debug, Message = "mcx {Namespace}: group {GroupId} deleted")]
    public static partial void GroupDeleted(ILogger logger, string @namespace, string groupId);

    [LoggerMessage(EventId = 2080, Level = LogLevel.Information, Message = "mcx {Namespace}: the core failed over to its standby: {Calls} calls lost, {Registrations} registrations kept")]
    public static partial void FailedOver(ILogger logger, string @namespace, int calls, uint registrations);
}
