using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    public CallInfo SetupCall(SetupCallRequest request)
    {
        lock (_gate)
        {
            var caller = RequireClient(request.McpttId, "mcptt_id");
            var call = request.CallType switch
            {
                CallType.Private or CallType.EmergencyPrivate => SetupPrivateLocked(caller, request),
                CallType.Unspecified => throw Errors.Invalid(Errors.Required("call_type")),
                _ => SetupGroupLocked(caller, request),
            };
            if (request.ImplicitFloorRequest && call.State == CallState.Active)
            {
                FloorRequestLocked(caller, call, PriorityOf(caller, call, DefaultLevel(call, caller.McpttId), 0));
            }

            return call.ToInfo();
        }
    }

    public CallInfo AnswerCall(AnswerCallRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            var call = RequireCall(request.CallId, "call_id");
            if (call.State != CallState.SettingUp || call.Target != client.McpttId)
            {
                throw Errors.Precondition($"call '{call.CallId}' is not waiting for '{client.McpttId}' to answer (state {call.State})");
            }

            call.NoAnswerTimer?.Dispose();
            if (!request.Accept)
            {
                call.State = CallState.Ended;
                call.EndCause = CallCause.RejectedByUser;
                _calls.Remove(call.CallId);
                RemoveFromCalls(call);
                SendCallEvent(call.Initiator, CallEventKind.Rejected, call.ToInfo(), CallCause.RejectedByUser);
                return call.ToInfo();
            }

            RequireCallCapacity(client);
            AddParticipantLocked(call, client);
            call.State = CallState.Active;
            BroadcastCallEvent(call, CallEventKind.Connected);
            StartFloorLocked(call, group: null);
            return call.ToInfo();
        }
    }

    public CallInfo EndCall(EndCallRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            var call = RequireCall(request.CallId, "call_id");
            if (call.State == CallState.SettingUp && call.Target == client.McpttId)
            {
                return AnswerCall(new AnswerCallRequest { McpttId = client.McpttId, CallId = call.CallId, Accept = false });
            }

            if (!call.Participants.Contains(client.McpttId))
            {
                throw Errors.Precondition($"mcptt_id '{client.McpttId}' is not a participant of call '{call.CallId}'");
            }

            LeaveCallLocked(client, call);
            return call.ToInfo();
        }
    }

    public CallInfo CancelEmergencyCall(CancelEmergencyCallRequest request)
    {
        lock (_gate)
        {
            var client = RequireClient(request.McpttId, "mcptt_id");
            var call = RequireCall(request.CallId, "call_id");
            if (!call.Emergency && !call.ImminentPeril)
            {
                throw Errors.Precondition($"call '{call.CallId}' is not an emergency or imminent-peril call");
            }

            if (call.Initiator != client.McpttId && call.EmergencyUser != client.McpttId && !call.EmergencyUsers.Contains(client.McpttId) && !client.Profile.AllowRemoteAffiliation)
            {
                throw Errors.Denied($"mcptt_id '{client.McpttId}' may not cancel the emergency of call '{call.CallId}': only its initiator or a dispatcher may");
            }

            call.Emergency = false;
            call.ImminentPeril = false;
            call.EmergencyUsers.Clear();
            call.Type = call.IsGroup ? CallType.PrearrangedGroup : CallType.Private;
            BroadcastCallEvent(call, CallEventKind.EmergencyCancelled, CallCause.EmergencyCancelled);
            return call.ToInfo();
        }
    }

    public CallInfo GetCall(string callId)
    {
        lock (_gate)
        {
            return RequireCall(callId, "call_id").ToInfo();
        }
    }

    public IReadOnlyList<CallInfo> ListCalls(string groupId)
    {
        lock (_gate)
        {
            return _calls.Values.Where(c => groupId.Length == 0 || c.GroupId == groupId)
                .OrderBy(c => c.CallId, StringComparer.Ordinal).Select(c => c.ToInfo()).ToList();
        }
    }

    public void OnCallInactive(string callId)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call) && call.IsGroup && call.Arbitrator?.Talker is null)
            {
                EndCallLocked(call, CallCause.HangTimerExpired);
            }
        }
    }

    /// <summary>
    /// The called user let a manual-commencement private call ring past its no-answer time: the call fails; the caller
    /// is told REJECTED with CALL_CAUSE_NO_ANSWER and the called terminal stops ringing (ENDED, same cause).
    /// </summary>
    private void OnNoAnswer(string callId)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(callId, out var call) || call.State != CallState.SettingUp)
            {
                return;
            }

            call.NoAnswerTimer?.Dispose();
            call.State = CallState.Ended;
            call.EndCause = CallCause.NoAnswer;
            _calls.Remove(call.CallId);
            RemoveFromCalls(call);
            var info = call.ToInfo();
            SendCallEvent(call.Initiator, CallEventKind.Rejected, info, CallCause.NoAnswer);
            SendCallEvent(call.Target, CallEventKind.Ended, info, CallCause.NoAnswer);
        }
    }

    private void OnMaxDuration(string callId)
    {
        lock (_gate)
        {
            if (_calls.TryGetValue(callId, out var call))
            {
                EndCallLocked(call, CallCause.MaxDurationReached);
            }
        }
    }

    private void RequireCallCapacity(McxClientSession client)
    {
        if (client.Calls.Count >= client.Profile.MaxSimultaneousCalls)
        {
            throw Errors.Call(StatusCode.ResourceExhausted, CallCause.MaxSimultaneousCalls,
                $"mcptt_id '{client.McpttId}' is in {client.Calls.Count} calls, its profile limit N6 (max_simultaneous_calls = {client.Profile.MaxSimultaneousCalls})");
        }
    }

    private string NextCallId() => $"call-{Interlocked.Increment(ref _callCounter)}";
}
