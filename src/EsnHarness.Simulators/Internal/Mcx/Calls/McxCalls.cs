using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Mcx.MultiAgency;
using EsnHarness.Simulators.Internal.Mcx.Recording;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// The call layer of a namespace (TS 24.379 call control): every call, who is in which, and its timers. One lock guards
/// them all; group and private set-up and the shared lifecycle run under it. Lock order: calls → floor (a call's floor is
/// started, joined, left and stopped under this lock) → registry and groups (read) → downlinks. Nothing below calls back
/// into this class while holding a lock: the floor's hang timer and this class's own timers call in from outside.
/// </summary>
internal sealed class McxCalls
{
    private readonly Lock _gate = new();
    private readonly CallTable _table;
    private readonly CallLifecycle _life;
    private readonly GroupCalls _group;
    private readonly PrivateCalls _private;
    private readonly CallRecovery _recovery;
    private readonly FirstToAnswerCalls _firstToAnswer;
    private readonly AmbientCalls _ambient;
    private readonly McxRegistry _registry;
    private readonly McxFloor _floor;
    private readonly McxRadioResources _resources;
    private readonly WorldScope _scope;

    public McxCalls(
        McxRegistry registry, McxGroups groups, McxPatches patches, McxRegroups regroups, McxRadioResources resources, McxIdentityGate gate, McxFloor floor,
        McxDownlinks downlinks, Func<string, string> aliasOf, McxSettings settings, WorldScope scope, McxRecorder recorder)
    {
        _registry = registry;
        _floor = floor;
        _resources = resources;
        _scope = scope;
        _table = new CallTable(scope.Namespace);
        _life = new CallLifecycle(this, _table, floor, downlinks, scope, recorder);
        _group = new GroupCalls(this, _table, _life, registry, groups, patches, regroups, scope);
        _private = new PrivateCalls(this, _table, _life, registry, gate, aliasOf, settings, scope);
        _firstToAnswer = new FirstToAnswerCalls(this, _table, _life, registry, gate, aliasOf, settings, scope);
        _ambient = new AmbientCalls(_table, _life, registry, gate, floor, aliasOf, scope);
        _recovery = new CallRecovery(this, _table, _life, floor, registry, groups, downlinks, scope);
    }

    /// <summary>
    /// The call a set-up would create and whom it would reach now, for the radio resources it needs; null when it would
    /// join the call already up (or is not a call the service would set up: <see cref="SetupCall"/> then says why).
    /// </summary>
    public CallPlan? Plan(SetupCallRequest request)
    {
        lock (_gate)
        {
            var caller = _registry.Require(request.McpttId, "mcptt_id");
            return request.CallType switch
            {
                CallType.Private or CallType.EmergencyPrivate when request.TargetMcpttId.Length > 0 =>
                    new CallPlan(request.CallType, "", CallPriorities.PrivateCallPriority, caller.McpttId, [caller.McpttId, request.TargetMcpttId]),
                // First-to-answer and ambient listening calls ask the network for no radio resources of their own (their
                // parties are one caller and one answering user, as a private call's, but not known until answered).
                CallType.Private or CallType.EmergencyPrivate or CallType.FirstToAnswer or CallType.AmbientListening or CallType.Unspecified => null,
                _ => _group.Plan(caller, request),
            };
        }
    }

    /// <summary>Sets up (or joins) a call; a new call holds <paramref name="resourceSession"/> (released when the call ends),
    /// a joined one does not need it and it is released at once.</summary>
    public CallInfo SetupCall(SetupCallRequest request, string? resourceSession = null)
    {
        lock (_gate)
        {
            var caller = _registry.Require(request.McpttId, "mcptt_id");
            var issued = _table.Issued;
            var call = request.CallType switch
            {
                CallType.Private or CallType.EmergencyPrivate => _private.Setup(caller, request),
                CallType.FirstToAnswer => _firstToAnswer.Setup(caller, request),
                CallType.AmbientListening => _ambient.Setup(caller, request),
                CallType.Unspecified => throw Errors.Invalid(Errors.Required("call_type")),
                _ => _group.Setup(caller, request),
            };
            if (resourceSession is not null)
            {
                if (_table.Issued > issued && call.ResourceSession.Length == 0)
                {
                    call.ResourceSession = resourceSession;
                }
                else
                {
                    _resources.Release(resourceSession);
                }
            }

            if (request.ImplicitFloorRequest && call.State == CallState.Active && call.Type != CallType.AmbientListening)
            {
                _floor.RequestImplicitly(caller, call.Floor!);
            }

            return call.ToInfo();
        }
    }

    public CallInfo AnswerCall(AnswerCallRequest request)
    {
        lock (_gate)
        {
            var user = _registry.Require(request.McpttId, "mcptt_id");
            var call = _table.Require(request.CallId, "call_id");
            return (call.Type == CallType.FirstToAnswer ? _firstToAnswer.Answer(user, call, request.Accept) : _private.Answer(user, call, request.Accept)).ToInfo();
        }
    }

    public CallInfo EndCall(EndCallRequest request)
    {
        lock (_gate)
        {
            var user = _registry.Require(request.McpttId, "mcptt_id");
            var call = _table.Require(request.CallId, "call_id");
            if (call.State == CallState.SettingUp && call.Target == user.McpttId)
            {
                return _private.Answer(user, call, accept: false).ToInfo();
            }

            if (call.Candidates.Contains(user.McpttId) && !call.Participants.Contains(user.McpttId))
            {
                return _firstToAnswer.Answer(user, call, accept: false).ToInfo();
            }

            if (!call.Participants.Contains(user.McpttId))
            {
                throw Errors.Precondition($"mcptt_id '{user.McpttId}' is not a participant of call '{call.CallId}'");
            }

            _life.Leave(user.McpttId, call);
            return call.ToInfo();
        }
    }

    /// <summary>The emergency (or imminent peril) of a call ends: by its initiator, a user in emergency in it, or a dispatcher.</summary>
    public CallInfo CancelEmergencyCall(CancelEmergencyCallRequest request)
    {
        lock (_gate)
        {
            var user = _registry.Require(request.McpttId, "mcptt_id");
            var call = _table.Require(request.CallId, "call_id");
            if (!call.Emergency && !call.ImminentPeril)
            {
                throw Errors.Precondition($"call '{call.CallId}' is not an emergency or imminent-peril call");
            }

            if (call.Initiator != user.McpttId && call.EmergencyUser != user.McpttId && !call.EmergencyUsers.Contains(user.McpttId) && !user.Profile.AllowRemoteAffiliation
                && !_scope.Defects.Has(McxAuthorisationDefects.EmergencyCancelByAnyMember))
            {
                throw Errors.Denied($"mcptt_id '{user.McpttId}' may not cancel the emergency of call '{call.CallId}': only its initiator or a dispatcher may");
            }

            call.Emergency = false;
            call.ImminentPeril = false;
            call.EmergencyUsers.Clear();
            call.Type = call.IsGroup ? CallType.PrearrangedGroup : CallType.Private;
            _life.RightsChanged(call);
            if (_scope.Defects.Has(McxDefects.EmergencyCancelNotPropagated))
            {
                _life.Send(user.McpttId, CallEventKind.EmergencyCancelled, call.ToInfo(), CallCause.EmergencyCancelled);
            }
            else
            {
                _life.Broadcast(call, CallEventKind.EmergencyCancelled, CallCause.EmergencyCancelled);
            }

            McxLog.EmergencyCallCancelled(_scope.Logger, _scope.Namespace, call.CallId, user.McpttId);
            return call.ToInfo();
        }
    }

    public CallInfo GetCall(string callId)
    {
        lock (_gate)
        {
            return _table.Require(callId, "call_id").ToInfo();
        }
    }

    public IReadOnlyList<CallInfo> ListCalls(string groupId)
    {
        lock (_gate)
        {
            return _table.All.Where(c => groupId.Length == 0 || c.GroupId == groupId)
                .OrderBy(c => c.CallId, StringComparer.Ordinal).Select(c => c.ToInfo()).ToList();
        }
    }

    /// <summary>Whether a call on the group is an emergency, and whether one is in imminent peril.</summary>
    public (bool Emergency, bool ImminentPeril) EmergencyOn(string groupId)
    {
        lock (_gate)
        {
            var calls = _table.All.Where(c => c.GroupId == groupId).ToList();
            return (calls.Any(c => c.Emergency), calls.Any(c => c.ImminentPeril));
        }
    }

    /// <summary>
    /// The radio network pre-empted the session of a call: the call ends for everyone, told with <paramref name="cause"/>
    /// (CALL_CAUSE_PREEMPTED) and <paramref name="reason"/>. Returns the ended call, or null when it had ended already.
    /// </summary>
    public CallInfo? Preempt(string resourceSession, CallCause cause, string reason)
    {
        lock (_gate)
        {
            if (_table.All.FirstOrDefault(c => c.ResourceSession == resourceSession) is not { } call)
            {
                return null;
            }

            call.ResourceSession = "";
            _life.End(call, cause, reason);
            return call.ToInfo();
        }
    }

    /// <summary>A call holding radio resources ended: they are released (called under this class's lock; the release is queued).</summary>
    public void ReleaseResources(string resourceSession) => _resources.Release(resourceSession);

    /// <summary>A member affiliated to <paramref name="groupId"/>: enters the call up on it, if any (late entry).</summary>
    public void LateEntry(McxUser user, string groupId)
    {
        lock (_gate)
        {
            _group.LateEntry(user, groupId);
        }
    }

    /// <summary>A member deaffiliated from <paramref name="groupId"/>: leaves its calls on it.</summary>
    public void LeaveGroupCalls(string mcpttId, string groupId) => LeaveCalls(mcpttId, c => c.GroupId == groupId);

    /// <summary>A user deregistered: leaves every call.</summary>
    public void LeaveAll(string mcpttId) => LeaveCalls(mcpttId, _ => true);

    /// <summary>The group was deleted: its calls end.</summary>
    public void EndGroupCalls(string groupId)
    {
        lock (_gate)
        {
            foreach (var call in _table.All.Where(c => c.GroupId == groupId).ToList())
            {
                _life.End(call, CallCause.NormalRelease);
            }
        }
    }

    /// <summary>The initiator of a broadcast call released the floor: the broadcast ends (TS 24.379 §10.1.3).</summary>
    public void EndBroadcast(string callId)
    {
        lock (_gate)
        {
            if (_table.TryGet(callId, out var call))
            {
                _life.End(call, CallCause.BroadcastEnded);
            }
        }
    }

    /// <summary>Why <paramref name="mcpttId"/> cannot act on the floor of <paramref name="callId"/>: no such call, not active yet, or not in it.</summary>
    public RpcException NotInCall(string callId, string mcpttId)
    {
        lock (_gate)
        {
            var call = _table.Require(callId, "call_id");
            return Errors.Precondition(call.State == CallState.Active
                ? $"mcptt_id '{mcpttId}' is not a participant of call '{callId}'"
                : $"call '{callId}' is not active yet (state {call.State}): the called user must accept first");
        }
    }

    /// <summary>T4 expired with the floor idle (the group's hang time): the group call ends.</summary>
    public void OnFloorInactive(string callId)
    {
        lock (_gate)
        {
            if (_table.TryGet(callId, out var call) && call.IsGroup && call.Floor?.Arbitrator.Talker is null)
            {
                _life.End(call, CallCause.HangTimerExpired);
            }
        }
    }

    public void OnMaxDuration(string callId)
    {
        lock (_gate)
        {
            if (_table.TryGet(callId, out var call))
            {
                _life.End(call, CallCause.MaxDurationReached);
            }
        }
    }

    public void OnNoAnswer(string callId)
    {
        lock (_gate)
        {
            if (_table.TryGet(callId, out var call) && call.Type == CallType.FirstToAnswer && call.State == CallState.SettingUp)
            {
                _firstToAnswer.NoAnswer(call);
                return;
            }

            _private.NoAnswer(callId);
        }
    }

    /// <summary>The core fails: every call vanishes with its floor and timers, nobody told; returns what a standby knows of them.</summary>
    public IReadOnlyList<LostCall> DropAll()
    {
        lock (_gate)
        {
            return _recovery.Drop();
        }
    }

    /// <summary>The standby takes over: it re-establishes the lost group calls (unless <paramref name="reestablish"/> is
    /// false) and tells the parties of the others that they ended; returns the calls re-established.</summary>
    public IReadOnlyList<string> Recover(IEnumerable<LostCall> lost, bool reestablish)
    {
        lock (_gate)
        {
            var back = new List<string>();
            foreach (var call in lost)
            {
                if (reestablish && call.IsGroup && _recovery.Reestablish(call) is { } again)
                {
                    back.Add(again.CallId);
                }
                else
                {
                    _recovery.End(call);
                }
            }

            return back;
        }
    }

    /// <summary>Stops every call's floor and timers (the namespace closes); nobody is told.</summary>
    public void StopAll()
    {
        lock (_gate)
        {
            foreach (var call in _table.All)
            {
                if (call.Floor is { } floor)
                {
                    _floor.Stop(floor);
                }

                call.DurationTimer?.Dispose();
                call.NoAnswerTimer?.Dispose();
            }

            _table.Clear();
        }
    }

    private void LeaveCalls(string mcpttId, Func<McxCall, bool> which)
    {
        lock (_gate)
        {
            foreach (var call in _table.Of(mcpttId).Where(which))
            {
                _life.Leave(mcpttId, call);
            }
        }
    }
}
