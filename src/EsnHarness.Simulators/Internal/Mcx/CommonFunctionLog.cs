using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Log messages of the MCX common functions (functional aliases, call-backs, selected-group changes, first-to-answer and
/// ambient listening calls), event IDs 2080-2099 of the MCX's 2000-2099. Users are named by MCPTT ID only.
/// </summary>
internal static partial class CommonFunctionLog
{
    [LoggerMessage(EventId = 2080, Level = LogLevel.Debug, Message = "mcx {Namespace}: {McpttId} activated the functional alias {Alias}")]
    public static partial void AliasActivated(ILogger logger, string @namespace, string mcpttId, string alias);

    [LoggerMessage(EventId = 2081, Level = LogLevel.Debug, Message = "mcx {Namespace}: {McpttId} deactivated the functional alias {Alias}")]
    public static partial void AliasDeactivated(ILogger logger, string @namespace, string mcpttId, string alias);

    [LoggerMessage(EventId = 2082, Level = LogLevel.Debug, Message = "mcx {Namespace}: call-back request from {Requester} to {Target}: {State}")]
    public static partial void CallBack(ILogger logger, string @namespace, string requester, string target, string state);

    [LoggerMessage(EventId = 2083, Level = LogLevel.Information, Message = "mcx {Namespace}: {Requester} changed the selected group of {Target} to {GroupId}")]
    public static partial void SelectedGroupChanged(ILogger logger, string @namespace, string requester, string target, string groupId);

    [LoggerMessage(EventId = 2084, Level = LogLevel.Information, Message = "mcx {Namespace}: first-to-answer call {CallId} answered by {McpttId}; {Released} other(s) released")]
    public static partial void FirstAnswered(ILogger logger, string @namespace, string callId, string mcpttId, int released);

    [LoggerMessage(EventId = 2085, Level = LogLevel.Information, Message = "mcx {Namespace}: {Listener} listens to {Target} (ambient listening call {CallId})")]
    public static partial void AmbientListening(ILogger logger, string @namespace, string listener, string target, string callId);
}
