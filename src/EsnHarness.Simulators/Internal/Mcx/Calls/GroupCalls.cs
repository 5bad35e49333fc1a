using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.MultiAgency;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// Group calls (TS 24.379 §10.1): set-up of pre-arranged, chat, broadcast, emergency and imminent-peril group calls,
/// joining or upgrading the call already up on the group, and late entry of a member who affiliates while it runs. A group
/// patched to another (<see cref="McxPatches"/>) shares its call: a call on either is one call for the members of both. A
/// call on a regrouped group is set up on its regroup group (<see cref="McxRegroups"/>, TS 23.379 §10.6.2.9.5.1).
/// Used only under <see cref="McxCalls"/>' lock; reads the registry, groups, patches and regroups (lock order calls →
/// registry → groups, patches, regroups).
/// </summary>
internal sealed class GroupCalls(
    McxCalls owner, CallTable table, CallLifecycle life, McxRegistry registry, McxGroups groups, McxPatches patches, McxRegroups regroups, WorldScope scope)
{
    /// <summary>The call a set-up would create, with everyone it would reach now; null when it would join the call already up.</summary>
    public CallPlan? Plan(McxUser caller, SetupCallRequest request)
    {
        var group = groups.Require(regroups.SteerTo(request.GroupId), "group_id");
        if (CallOn(group.GroupId) is not null)
        {
            return null;
        }

        var type = request.CallType == CallType.PrearrangedGroup ? group.DefaultCallType : request.CallType;
        IEnumerable<string> others = type == CallType.ChatGroup ? [] : Reached(group.GroupId).Where(m => m != caller).Select(m => m.McpttId);
        return new CallPlan(type, group.GroupId, group.Priority, caller.McpttId, [caller.McpttId, .. others]);
    }

    public McxCall Setup(McxUser caller, SetupCallRequest request)
    {
        var group = groups.Require(regroups.SteerTo(request.GroupId), "group_id");
        var type = request.CallType == CallType.PrearrangedGroup ? group.DefaultCallType : request.CallType;
        if (group.RequireAffiliation && !registry.IsAffiliated(caller, group.GroupId) && !scope.Defects.Has(McxAuthorisationDefects.CallWithoutAffiliationAccepted))
        {
            throw Errors.Call(StatusCode.FailedPrecondition, CallCause.NotAffiliated,
                $"mcptt_id '{caller.McpttId}' is not affiliated to group '{group.GroupId}', which requires affiliation");
        }

        RequirePermission(caller, group, type, scope.Defects);
        if (CallOn(group.GroupId) is { } existing)
        {
            JoinOrUpgrade(existing, caller, type);
            return existing;
        }

        life.RequireCapacity(caller);
        var call = new McxCall
        {
            CallId = table.NextId(),
            Type = type,
            GroupId = group.GroupId,
            Initiator = caller.McpttId,
            StartedAt = Clock.Now(scope.Time),
            MaxParticipants = (int)group.MaxParticipants,
            Emergency = type == CallType.EmergencyGroup,
            ImminentPeril = type == CallType.ImminentPerilGroup,
            EmergencyUser = type is CallType.EmergencyGroup or CallType.ImminentPerilGroup ? caller.McpttId : "",
            RegroupedGroupIds = regroups.RegroupedInto(group.GroupId),
        };
        table.Add(call);
        table.AddParticipant(call, caller.McpttId);
        List<string> rejected = type == CallType.ChatGroup ? [] : Invite(call, group, caller);
        life.Broadcast(call, CallEventKind.Connected);
        life.Activate(call, group);
        foreach (var member in rejected)
        {
            life.Send(member, CallEventKind.Rejected, call.ToInfo(), CallCause.MaxParticipantsReached);
        }

        if (group.MaxDurationS > 0)
        {
            var id = call.CallId;
            call.DurationTimer = McxTimer.Once(scope, $"maximum duration of call {id}", () => owner.OnMaxDuration(id), TimeSpan.FromSeconds(group.MaxDurationS));
        }

        return call;
    }

    /// <summary>Late entry: a member affiliated while a call is up on the group enters it (not a chat call: there members join
    /// themselves). A member deregistered since it affiliated does not (its deregistration leaves calls under this lock).</summary>
    public void LateEntry(McxUser user, string groupId)
    {
        var call = CallOn(groupId);
        if (call is null || !registry.IsCurrent(user) || call.Type == CallType.ChatGroup || call.Participants.Contains(user.McpttId) || IsFull(call)
            || table.CountOf(user.McpttId) >= user.Profile.MaxSimultaneousCalls)
        {
            return;
        }

        life.Enter(call, user);
        McxLog.LateEntry(scope.Logger, scope.Namespace, user.McpttId, call.CallId);
    }

    /// <summary>Invites the affiliated members in the group's order; returns those the call had no room for.</summary>
    private List<string> Invite(McxCall call, GroupConfig group, McxUser caller)
    {
        var rejected = new List<string>();
        foreach (var member in InvitationOrder(group, Reached(group.GroupId).Where(m => m != caller)))
        {
            // The defect is consulted only for a member of another agency than the group's.
            if (group.Agency != Agency.Unspecified && member.Profile.Identity.Agency != group.Agency && scope.Defects.Has(McxDefects.GroupCallOwnAgencyOnly))
            {
                continue;
            }

            if (IsFull(call) || table.CountOf(member.McpttId) >= member.Profile.MaxSimultaneousCalls)
            {
                rejected.Add(member.McpttId);
                continue;
            }

            table.AddParticipant(call, member.McpttId);
        }

        return rejected;
    }

    /// <summary>The active call of the group or of the group patched to it.</summary>
    private McxCall? CallOn(string groupId) =>
        table.All.FirstOrDefault(c => c.State == CallState.Active && patches.Joins(c.GroupId, groupId));

    /// <summary>Who a call on the group reaches: the members affiliated to it, and to the group patched to it.</summary>
    private IEnumerable<McxUser> Reached(string groupId)
    {
        var members = registry.AffiliatedTo(groupId);
        return patches.PartnerOf(groupId) is { } partner
            ? members.Concat(registry.AffiliatedTo(partner)).DistinctBy(m => m.McpttId, StringComparer.Ordinal)
            : members;
    }

    private void JoinOrUpgrade(McxCall call, McxUser caller, CallType type)
    {
        if (!call.Participants.Contains(caller.McpttId))
        {
            if (IsFull(call))
            {
                throw Errors.Call(StatusCode.ResourceExhausted, CallCause.MaxParticipantsReached,
                    $"call '{call.CallId}' on group '{call.GroupId}' already has {call.Participants.Count} participants, the group's max_participants");
            }

            life.RequireCapacity(caller);
            life.Enter(call, caller);
        }

        if ((type == CallType.EmergencyGroup && !call.Emergency) || (type == CallType.ImminentPerilGroup && !call.ImminentPeril && !call.Emergency))
        {
            call.Emergency |= type == CallType.EmergencyGroup;
            call.ImminentPeril = !call.Emergency && type == CallType.ImminentPerilGroup;
            call.Type = type;
            call.EmergencyUser = caller.McpttId;
            life.RightsChanged(call);
            life.Broadcast(call, CallEventKind.Upgraded);
            McxLog.CallUpgraded(scope.Logger, scope.Namespace, call.CallId, type.ToString(), caller.McpttId);
        }

        if (type == CallType.EmergencyGroup && call.Emergency)
        {
            // A second user in distress on the same group joins the emergency call in their own emergency state.
            call.EmergencyUsers.Add(caller.McpttId);
            life.RightsChanged(call);
        }
    }

    private static void RequirePermission(McxUser caller, GroupConfig group, CallType type, DefectSet defects)
    {
        var profile = caller.Profile;
        if (type == CallType.EmergencyGroup && !(profile.AllowEmergency && (group.AllowEmergency || defects.Has(McxAuthorisationDefects.EmergencyOnAnyGroup))))
        {
            throw Errors.Call(StatusCode.PermissionDenied, CallCause.EmergencyNotAllowed,
                $"emergency calls are not allowed for '{caller.McpttId}' on group '{group.GroupId}' (group allow_emergency = {group.AllowEmergency}, profile allow_emergency = {profile.AllowEmergency})");
        }

        if (type == CallType.ImminentPerilGroup && !(profile.AllowImminentPeril && group.AllowImminentPeril))
        {
            throw Errors.Call(StatusCode.PermissionDenied, CallCause.ImminentPerilNotAllowed,
                $"imminent-peril calls are not allowed for '{caller.McpttId}' on group '{group.GroupId}' (group allow_imminent_peril = {group.AllowImminentPeril}, profile allow_imminent_peril = {profile.AllowImminentPeril})");
        }

        if (type == CallType.BroadcastGroup && !profile.AllowBroadcast)
        {
            throw Errors.Denied($"mcptt_id '{caller.McpttId}' may not start broadcast group calls (profile allow_broadcast = false)");
        }
    }

    /// <summary>
    /// Order in which affiliated members are invited: the group's member list order (as the GMS holds it), then
    /// members not on the list by MCPTT ID. When max_participants cuts the call short, the members listed last are the
    /// ones refused, the same every time.
    /// </summary>
    private static IEnumerable<McxUser> InvitationOrder(GroupConfig group, IEnumerable<McxUser> members) =>
        members.OrderBy(m => group.Members.IndexOf(m.McpttId) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(m => m.McpttId, StringComparer.Ordinal);

    private bool IsFull(McxCall call) =>
        call.MaxParticipants > 0 && call.Participants.Count >= call.MaxParticipants && !scope.Defects.Has(McxDefects.MaxParticipantsIgnored);
}
