using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    private McxCall SetupGroupLocked(McxClientSession caller, SetupCallRequest request)
    {
        var group = RequireGroup(request.GroupId, "group_id");
        var type = request.CallType == CallType.PrearrangedGroup ? group.DefaultCallType : request.CallType;
        if (group.RequireAffiliation && !caller.Affiliations.Contains(group.GroupId))
        {
            throw Errors.Call(StatusCode.FailedPrecondition, CallCause.NotAffiliated,
                $"mcptt_id '{caller.McpttId}' is not affiliated to group '{group.GroupId}', which requires affiliation");
        }

        RequireCallPermission(caller, group, type);
        var existing = _calls.Values.FirstOrDefault(c => c.State == CallState.Active && Patches.Joins(c.GroupId, group.GroupId));
        if (existing is not null)
        {
            JoinOrUpgradeLocked(existing, caller, type);
            return existing;
        }

        RequireCallCapacity(caller);
        var call = new McxCall
        {
            CallId = NextCallId(),
            Type = type,
            GroupId = group.GroupId,
            Initiator = caller.McpttId,
            StartedAt = Clock.Now(time),
            MaxParticipants = (int)group.MaxParticipants,
            Emergency = type == CallType.EmergencyGroup,
            ImminentPeril = type == CallType.ImminentPerilGroup,
            EmergencyUser = type is CallType.EmergencyGroup or CallType.ImminentPerilGroup ? caller.McpttId : "",
        };
        _calls[call.CallId] = call;
        AddParticipantLocked(call, caller);
        var rejected = new List<string>();
        if (type != CallType.ChatGroup)
        {
            foreach (var member in InvitationOrder(group, _clients.Values.Where(c => c != caller && Patches.Reaches(group.GroupId, c.Affiliations))))
            {
                if (IsFull(call) || member.Calls.Count >= member.Profile.MaxSimultaneousCalls)
                {
                    rejected.Add(member.McpttId);
                    continue;
                }

                AddParticipantLocked(call, member);
            }
        }

        BroadcastCallEvent(call, CallEventKind.Connected);
        StartFloorLocked(call, group);
        foreach (var member in rejected)
        {
            SendCallEvent(member, CallEventKind.Rejected, call.ToInfo(), CallCause.MaxParticipantsReached);
        }

        if (group.MaxDurationS > 0)
        {
            var id = call.CallId;
            call.DurationTimer = time.CreateTimer(_ => OnMaxDuration(id), null, TimeSpan.FromSeconds(group.MaxDurationS), Timeout.InfiniteTimeSpan);
        }

        return call;
    }

    private void JoinOrUpgradeLocked(McxCall call, McxClientSession caller, CallType type)
    {
        if (!call.Participants.Contains(caller.McpttId))
        {
            if (IsFull(call))
            {
                throw Errors.Call(StatusCode.ResourceExhausted, CallCause.MaxParticipantsReached,
                    $"call '{call.CallId}' on group '{call.GroupId}' already has {call.Participants.Count} participants, the group's max_participants");
            }

            RequireCallCapacity(caller);
            AddParticipantLocked(call, caller);
            SendCallEvent(caller.McpttId, CallEventKind.Connected, call.ToInfo());
            call.Arbitrator!.Join(caller.McpttId);
        }

        if ((type == CallType.EmergencyGroup && !call.Emergency) || (type == CallType.ImminentPerilGroup && !call.ImminentPeril && !call.Emergency))
        {
            call.Emergency |= type == CallType.EmergencyGroup;
            call.ImminentPeril = !call.Emergency && type == CallType.ImminentPerilGroup;
            call.Type = type;
            call.EmergencyUser = caller.McpttId;
            BroadcastCallEvent(call, CallEventKind.Upgraded);
        }

        if (type == CallType.EmergencyGroup && call.Emergency)
        {
            // A second user in distress on the same group joins the emergency call in their own emergency state.
            call.EmergencyUsers.Add(caller.McpttId);
        }
    }

    private McxCall SetupPrivateLocked(McxClientSession caller, SetupCallRequest request)
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

        RequireId(request.TargetMcpttId, "target_mcptt_id");
        if (request.TargetMcpttId == caller.McpttId)
        {
            throw Errors.Invalid("field 'target_mcptt_id' must name another user, not the caller");
        }

        if (_revoked.Contains(request.TargetMcpttId))
        {
            throw RevokedError(request.TargetMcpttId, "target_mcptt_id");
        }

        if (!_clients.TryGetValue(request.TargetMcpttId, out var target) || !target.Registered)
        {
            throw Errors.Call(StatusCode.NotFound, CallCause.UserNotReachable,
                $"target_mcptt_id '{request.TargetMcpttId}' is not registered in namespace '{ns}'");
        }

        RequireCallCapacity(caller);
        var automatic = request.Commencement == CommencementMode.Automatic;
        if (automatic)
        {
            RequireCallCapacity(target);
        }

        var call = new McxCall
        {
            CallId = NextCallId(),
            Type = request.CallType,
            Initiator = caller.McpttId,
            Target = target.McpttId,
            Commencement = automatic ? CommencementMode.Automatic : CommencementMode.Manual,
            StartedAt = Clock.Now(time),
            State = automatic ? CallState.Active : CallState.SettingUp,
            Emergency = request.CallType == CallType.EmergencyPrivate,
            EmergencyUser = request.CallType == CallType.EmergencyPrivate ? caller.McpttId : "",
        };
        _calls[call.CallId] = call;
        AddParticipantLocked(call, caller);
        if (automatic)
        {
            AddParticipantLocked(call, target);
            BroadcastCallEvent(call, CallEventKind.Connected);
            StartFloorLocked(call, group: null);
        }
        else
        {
            SendCallEvent(target.McpttId, CallEventKind.Incoming, call.ToInfo());
            var ringing = target.Profile.PrivateCallNoAnswerMs > 0 ? TimeSpan.FromMilliseconds(target.Profile.PrivateCallNoAnswerMs) : settings.PrivateCallNoAnswerTime;
            var id = call.CallId;
            call.NoAnswerTimer = time.CreateTimer(_ => OnNoAnswer(id), null, ringing, Timeout.InfiniteTimeSpan);
        }

        return call;
    }

    private static void RequireCallPermission(McxClientSession caller, GroupConfig group, CallType type)
    {
        if (type == CallType.EmergencyGroup && !(caller.Profile.AllowEmergency && group.AllowEmergency))
        {
            throw Errors.Call(StatusCode.PermissionDenied, CallCause.EmergencyNotAllowed,
                $"emergency calls are not allowed for '{caller.McpttId}' on group '{group.GroupId}' (group allow_emergency = {group.AllowEmergency}, profile allow_emergency = {caller.Profile.AllowEmergency})");
        }

        if (type == CallType.ImminentPerilGroup && !(caller.Profile.AllowImminentPeril && group.AllowImminentPeril))
        {
            throw Errors.Call(StatusCode.PermissionDenied, CallCause.ImminentPerilNotAllowed,
                $"imminent-peril calls are not allowed for '{caller.McpttId}' on group '{group.GroupId}' (group allow_imminent_peril = {group.AllowImminentPeril}, profile allow_imminent_peril = {caller.Profile.AllowImminentPeril})");
        }

        if (type == CallType.BroadcastGroup && !caller.Profile.AllowBroadcast)
        {
            throw Errors.Denied($"mcptt_id '{caller.McpttId}' may not start broadcast group calls (profile allow_broadcast = false)");
        }
    }

    /// <summary>
    /// Order in which affiliated members are invited: the group's member list order (as the GMS holds it), then
    /// members not on the list by MCPTT ID. When max_participants cuts the call short, the members listed last are the
    /// ones refused, the same every time (the client table's own order is a hash order).
    /// </summary>
    private static IEnumerable<McxClientSession> InvitationOrder(GroupConfig group, IEnumerable<McxClientSession> members) =>
        members.OrderBy(m => group.Members.IndexOf(m.McpttId) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(m => m.McpttId, StringComparer.Ordinal);

    private static bool IsFull(McxCall call) => call.MaxParticipants > 0 && call.Participants.Count >= call.MaxParticipants;
}
