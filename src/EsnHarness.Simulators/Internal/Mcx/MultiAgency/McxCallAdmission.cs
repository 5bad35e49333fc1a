using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// Call set-up with the radio network's admission (TS 24.379 §4.13 resource management): before a new call the service
/// asks the network for mission-critical resources for the parties it would reach, with the call's ARP. Refused: the
/// set-up fails with CALL_CAUSE_NO_RADIO_RESOURCES and the network's reason. Granted with pre-emptions: the pre-empted
/// calls end (CALL_CAUSE_PREEMPTED with a reason to their users, a <see cref="PreemptionNotice"/> to the dispatchers of
/// both calls' groups) before the new call is set up. A call that joins one already up asks for nothing.
/// </summary>
internal static class McxCallAdmission
{
    public static async Task<CallInfo> SetupCallAsync(McxWorld world, SetupCallRequest request, CancellationToken ct)
    {
        var plan = world.Calls.Plan(request);
        var asked = plan is null ? null : await world.Resources.RequestAsync(plan, ct);
        if (plan is null || asked is not var (session, answer, arp))
        {
            return world.SetupCall(request);
        }

        if (!answer.Granted && world.Scope.Defects.Has(MultiAgencyDefects.RadioRefusalIgnored))
        {
            // The defect: the network's refusal is ignored and the call set up without resources.
            return world.SetupCall(request);
        }

        if (!answer.Granted)
        {
            var what = plan.GroupId.Length > 0 ? $"the call on group '{plan.GroupId}'" : "the private call";
            MultiAgencyLog.NoRadioResources(world.Scope.Logger, world.Namespace, request.McpttId, answer.Reason);
            throw Errors.Call(StatusCode.ResourceExhausted, CallCause.NoRadioResources,
                $"no mission-critical radio resources for {what} at ARP {arp.PriorityLevel}: {answer.Reason}");
        }

        foreach (var preempted in answer.Preempted)
        {
            Preempt(world, preempted, plan, arp);
        }

        try
        {
            return world.SetupCall(request, session);
        }
        catch (RpcException)
        {
            world.Resources.Release(session);
            throw;
        }
    }

    private static void Preempt(McxWorld world, McPreemption preempted, CallPlan by, AllocationRetentionPriority arp)
    {
        var reason = $"pre-empted by {Describe(by)} (ARP {arp.PriorityLevel}): no mission-critical capacity left in cell {preempted.CellId}";
        var told = !world.Scope.Defects.Has(MultiAgencyDefects.PreemptedUsersNotTold);
        if (world.Calls.Preempt(preempted.SessionId, told ? CallCause.Preempted : CallCause.NormalRelease, told ? reason : "") is not { } ended)
        {
            return;
        }

        MultiAgencyLog.CallPreempted(world.Scope.Logger, world.Namespace, ended.CallId, reason);
        if (world.Scope.Defects.Has(MultiAgencyDefects.PreemptionNotRaised))
        {
            return;
        }

        var notice = new PreemptionNotice
        {
            PreemptedCallId = ended.CallId,
            PreemptedGroupId = ended.GroupId,
            PreemptedCallType = ended.CallType,
            PreemptedParticipants = { ended.Participants },
            PreemptingGroupId = by.GroupId,
            PreemptingCallType = by.Type,
            PreemptingMcpttId = by.Caller,
            CellId = preempted.CellId,
            PreemptedArpPriorityLevel = preempted.PriorityLevel,
            PreemptingArpPriorityLevel = arp.PriorityLevel,
            Reason = reason,
            At = Clock.Now(world.Time),
        };
        world.Downlinks.SendToMany(Dispatchers.AffiliatedTo(world, [ended.GroupId, by.GroupId]), () => new McxEvent { Preemption = notice.Clone() });
    }

    private static string Describe(CallPlan call) =>
        (call.Type switch
        {
            CallType.EmergencyGroup or CallType.EmergencyPrivate => "an emergency call",
            CallType.ImminentPerilGroup => "an imminent-peril call",
            _ => "a call of higher priority",
        }) + (call.GroupId.Length > 0 ? $" on group '{call.GroupId}'" : "");
}
