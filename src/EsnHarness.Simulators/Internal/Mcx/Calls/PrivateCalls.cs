using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// Private calls (TS 24.379 §11.1): automatic commencement (connected at once) or manual (the called user is alerted and
/// answers, declines, or lets it ring past the no-answer time). Used only under <see cref="McxCalls"/>' lock.
/// </summary>
internal sealed class PrivateCalls(
    McxCalls owner, CallTable table, CallLifecycle life, McxRegistry registry, McxIdentityGate gate, Func<string, string> aliasOf, McxSettings settings, WorldScope scope)
{
    public McxCall Setup(McxUser caller, SetupCallRequest request)
    {
        if (!caller.Profile.AllowPrivateCall)
        {
            throw Errors.Denied($"mcptt_id '{caller.McpttId}' may not make private calls (profile allow_private_call = false)");
        }

        if (request.CallType == CallType.EmergencyPrivate && !caller.Profile.AllowEmergency)
        {
            throw Errors.Call(StatusCode.PermissionDenied, CallCause.EmergencyNotAllowed,
                $"mcptt_id '{caller.McpttId}' may not make emergency calls (profile allow_emergency = false)");
        }

        var target = Target(caller, request.TargetMcpttId);
        life.RequireCapacity(caller);
        var automatic = request.Commencement == CommencementMode.Automatic && !scope.Defects.Has(McxPrivateCallDefects.AutoCommencementIgnored);
        if (automatic)
        {
            life.RequireCapacity(target);
        }

        var call = new McxCall
        {
            CallId = table.NextId(),
            Type = request.CallType,
            Initiator = caller.McpttId,
            Target = target.McpttId,
            Commencement = automatic ? CommencementMode.Automatic : CommencementMode.Manual,
            StartedAt = Clock.Now(scope.Time),
            State = automatic ? CallState.Active : CallState.SettingUp,
            Emergency = request.CallType == CallType.EmergencyPrivate,
            EmergencyUser = request.CallType == CallType.EmergencyPrivate ? caller.McpttId : "",
            InitiatorAlias = aliasOf(caller.McpttId),
            TargetAlias = request.TargetFunctionalAlias,
        };
        table.Add(call);
        table.AddParticipant(call, caller.McpttId);
        if (automatic)
        {
            table.AddParticipant(call, target.McpttId);
            life.Broadcast(call, CallEventKind.Connected);
            life.Activate(call, group: null);
            return call;
        }

        var offer = call.ToInfo();
        if (scope.Defects.Has(McxPrivateCallDefects.CallerWithheld))
        {
            offer.InitiatorMcpttId = "";
        }

        life.Send(target.McpttId, CallEventKind.Incoming, offer);
        var ringing = target.Profile.PrivateCallNoAnswerMs > 0 && !scope.Defects.Has(McxPrivateCallDefects.RingingTimeIgnored)
            ? TimeSpan.FromMilliseconds(target.Profile.PrivateCallNoAnswerMs)
            : settings.PrivateCallNoAnswerTime;
        var id = call.CallId;
        call.NoAnswerTimer = McxTimer.Once(scope, $"no-answer time of call {id}", () => owner.OnNoAnswer(id), ringing);
        return call;
    }

    /// <summary>The called user accepts (the call becomes active) or declines (the caller is told REJECTED) a manual call.</summary>
    public McxCall Answer(McxUser user, McxCall call, bool accept)
    {
        if (call.State != CallState.SettingUp || call.Target != user.McpttId)
        {
            throw Errors.Precondition($"call '{call.CallId}' is not waiting for '{user.McpttId}' to answer (state {call.State})");
        }

        call.NoAnswerTimer?.Dispose();
        if (!accept)
        {
            var cause = scope.Defects.Has(McxPrivateCallDefects.DeclineReportedAsNoAnswer) ? CallCause.NoAnswer : CallCause.RejectedByUser;
            Fail(call, cause);
            life.Send(call.Initiator, CallEventKind.Rejected, call.ToInfo(), cause);
            return call;
        }

        life.RequireCapacity(user);
        table.AddParticipant(call, user.McpttId);
        call.State = CallState.Active;
        life.Broadcast(call, CallEventKind.Connected);
        life.Activate(call, group: null);
        return call;
    }

    /// <summary>
    /// The called user let a manual-commencement private call ring past its no-answer time: the call fails; the caller
    /// is told REJECTED with CALL_CAUSE_NO_ANSWER and the called terminal stops ringing (ENDED, same cause).
    /// </summary>
    public void NoAnswer(string callId)
    {
        if (!table.TryGet(callId, out var call) || call.State != CallState.SettingUp)
        {
            return;
        }

        call.NoAnswerTimer?.Dispose();
        Fail(call, CallCause.NoAnswer);
        var info = call.ToInfo();
        life.Send(call.Initiator, CallEventKind.Rejected, info, CallCause.NoAnswer);
        life.Send(call.Target, CallEventKind.Ended, info, CallCause.NoAnswer);
    }

    private McxUser Target(McxUser caller, string targetId)
    {
        McxIds.Require(targetId, "target_mcptt_id");
        if (targetId == caller.McpttId)
        {
            throw Errors.Invalid("field 'target_mcptt_id' must name another user, not the caller");
        }

        if (gate.IsRevoked(targetId))
        {
            throw McxIdentityGate.RevokedError(targetId, "target_mcptt_id");
        }

        return registry.Find(targetId) ?? throw Errors.Call(StatusCode.NotFound, CallCause.UserNotReachable,
            $"target_mcptt_id '{targetId}' is not registered in namespace '{scope.Namespace}'");
    }

    private void Fail(McxCall call, CallCause cause)
    {
        call.State = CallState.Ended;
        call.EndCause = cause;
        table.Remove(call);
        McxLog.CallEnded(scope.Logger, scope.Namespace, call.CallId, Errors.CallCauseName(cause));
    }
}
