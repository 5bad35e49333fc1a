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
/// First-to-answer calls (TS 23.379 §10.15), also what a private call to a functional alias several users hold becomes:
/// every candidate is offered the call (manual commencement); the first to accept is connected and the others are released
/// with CALL_CAUSE_COMPLETED_ELSEWHERE; a candidate who declines drops out, and the call fails when all have, or when
/// nobody answers within the ringing time. Used only under <see cref="McxCalls"/>' lock.
/// </summary>
internal sealed class FirstToAnswerCalls(
    McxCalls owner, CallTable table, CallLifecycle life, McxRegistry registry, McxIdentityGate gate, Func<string, string> aliasOf, McxSettings settings, WorldScope scope)
{
    public McxCall Setup(McxUser caller, SetupCallRequest request)
    {
        if (!caller.Profile.AllowPrivateCall)
        {
            throw Errors.Denied($"mcptt_id '{caller.McpttId}' may not make first-to-answer calls (profile allow_private_call = false)");
        }

        var candidates = Candidates(caller, request.CandidateMcpttIds);
        life.RequireCapacity(caller);
        var call = new McxCall
        {
            CallId = table.NextId(),
            Type = CallType.FirstToAnswer,
            Initiator = caller.McpttId,
            Commencement = CommencementMode.Manual,
            StartedAt = Clock.Now(scope.Time),
            State = CallState.SettingUp,
            InitiatorAlias = aliasOf(caller.McpttId),
            TargetAlias = request.TargetFunctionalAlias,
        };
        call.Candidates.UnionWith(candidates.Select(c => c.McpttId));
        table.Add(call);
        table.AddParticipant(call, caller.McpttId);
        var info = call.ToInfo();
        foreach (var candidate in call.Candidates)
        {
            life.Send(candidate, CallEventKind.Incoming, info);
        }

        var ringing = settings.PrivateCallNoAnswerTime;
        var id = call.CallId;
        call.NoAnswerTimer = McxTimer.Once(scope, $"no-answer time of first-to-answer call {id}", () => owner.OnNoAnswer(id), ringing);
        return call;
    }

    /// <summary>A candidate accepts (connected, the others released) or declines (drops out; the call fails when nobody is left).</summary>
    public McxCall Answer(McxUser user, McxCall call, bool accept)
    {
        var connectsAll = scope.Defects.Has(McxCommonFunctionDefects.FirstToAnswerConnectsAll);
        if (!call.Candidates.Contains(user.McpttId) || (call.State != CallState.SettingUp && !connectsAll))
        {
            throw Errors.Precondition(call.Participants.Count > 1
                ? $"call '{call.CallId}' was answered by '{call.Participants.First(p => p != call.Initiator)}' first"
                : $"call '{call.CallId}' is not offered to '{user.McpttId}'");
        }

        call.Candidates.Remove(user.McpttId);
        if (!accept)
        {
            if (call.Candidates.Count == 0 && call.State == CallState.SettingUp)
            {
                call.NoAnswerTimer?.Dispose();
                Fail(call, CallCause.RejectedByUser);
                life.Send(call.Initiator, CallEventKind.Rejected, call.ToInfo(), CallCause.RejectedByUser);
            }

            return call;
        }

        life.RequireCapacity(user);
        if (call.State == CallState.Active)
        {
            // Only with the defect: a second answerer is put into the call as well.
            life.Enter(call, user);
            return call;
        }

        call.NoAnswerTimer?.Dispose();
        table.AddParticipant(call, user.McpttId);
        call.State = CallState.Active;
        var released = connectsAll ? [] : call.Candidates.ToList();
        call.Candidates.ExceptWith(released);
        var info = call.ToInfo();
        foreach (var other in released)
        {
            life.Send(other, CallEventKind.Ended, info, CallCause.CompletedElsewhere);
        }

        life.Broadcast(call, CallEventKind.Connected);
        life.Activate(call, group: null);
        CommonFunctionLog.FirstAnswered(scope.Logger, scope.Namespace, call.CallId, user.McpttId, released.Count);
        return call;
    }

    /// <summary>Nobody answered within the ringing time: the caller is told NO_ANSWER, every candidate stops ringing.</summary>
    public void NoAnswer(McxCall call)
    {
        call.NoAnswerTimer?.Dispose();
        var candidates = call.Candidates.ToList();
        Fail(call, CallCause.NoAnswer);
        var info = call.ToInfo();
        life.Send(call.Initiator, CallEventKind.Rejected, info, CallCause.NoAnswer);
        foreach (var candidate in candidates)
        {
            life.Send(candidate, CallEventKind.Ended, info, CallCause.NoAnswer);
        }
    }

    private List<McxUser> Candidates(McxUser caller, IEnumerable<string> ids)
    {
        var candidates = new List<McxUser>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            McxIds.Require(id, "candidate_mcptt_ids");
            if (id == caller.McpttId)
            {
                throw Errors.Invalid("field 'candidate_mcptt_ids' must name other users, not the caller");
            }

            if (gate.IsRevoked(id))
            {
                throw McxIdentityGate.RevokedError(id, "candidate_mcptt_ids");
            }

            if (registry.Find(id) is { } user)
            {
                candidates.Add(user);
            }
        }

        return candidates.Count > 0
            ? candidates
            : throw Errors.Call(StatusCode.NotFound, CallCause.UserNotReachable,
                $"none of the users the first-to-answer call names is registered in namespace '{scope.Namespace}' (field 'candidate_mcptt_ids')");
    }

    private void Fail(McxCall call, CallCause cause)
    {
        call.State = CallState.Ended;
        call.EndCause = cause;
        table.Remove(call);
        McxLog.CallEnded(scope.Logger, scope.Namespace, call.CallId, Errors.CallCauseName(cause));
    }
}
