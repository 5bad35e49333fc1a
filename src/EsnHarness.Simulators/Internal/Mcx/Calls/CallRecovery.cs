using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// Calls across a core failover: the failed core's calls vanish with their floors and timers (nobody is told by it), and
/// the standby re-establishes each group call as a new call on the group, re-inviting the former participants still
/// registered and affiliated (Call Connected replacing the lost call; the floor starts idle; it keeps the lost call's
/// radio resources, which the network never saw end), and ends the private ones, releasing theirs.
/// Used only under <see cref="McxCalls"/>' lock.
/// </summary>
internal sealed class CallRecovery(McxCalls owner, CallTable table, CallLifecycle life, McxFloor floor, McxRegistry registry, McxGroups groups, McxDownlinks downlinks, WorldScope scope)
{
    /// <summary>Forgets every call silently; returns what the standby knows of them.</summary>
    public IReadOnlyList<LostCall> Drop()
    {
        var lost = table.All.Where(c => c.State != CallState.Ended).Select(LostCall.Of).ToList();
        foreach (var call in table.All)
        {
            if (call.Floor is { } callFloor)
            {
                floor.Stop(callFloor);
            }

            call.DurationTimer?.Dispose();
            call.NoAnswerTimer?.Dispose();
        }

        table.Clear();
        return lost;
    }

    /// <summary>The standby re-establishes a lost group call; returns the new call, or null when nobody can be re-invited.</summary>
    public McxCall? Reestablish(LostCall lost)
    {
        if (groups.Find(lost.GroupId) is not { } group)
        {
            return null;
        }

        var call = new McxCall
        {
            CallId = table.NextId(),
            Type = lost.Type,
            GroupId = lost.GroupId,
            Initiator = lost.Initiator,
            StartedAt = Clock.Now(scope.Time),
            MaxParticipants = (int)group.MaxParticipants,
            Emergency = lost.Emergency,
            ImminentPeril = lost.ImminentPeril,
            EmergencyUser = lost.EmergencyUser,
            ResourceSession = lost.ResourceSession,
        };
        call.EmergencyUsers.UnionWith(lost.EmergencyUsers);
        foreach (var id in lost.Participants)
        {
            if (registry.Find(id) is { } user && (registry.IsAffiliated(user, group.GroupId) || !group.RequireAffiliation))
            {
                table.AddParticipant(call, id);
            }
        }

        if (call.Participants.Count == 0)
        {
            return null;
        }

        table.Add(call);
        var info = call.ToInfo();
        downlinks.SendToMany(call.Participants, () => new McxEvent { Call = new CallEvent { Kind = CallEventKind.Connected, Call = info, ReplacesCallId = lost.CallId } });
        life.Activate(call, group);
        if (group.MaxDurationS > 0)
        {
            var id = call.CallId;
            call.DurationTimer = McxTimer.Once(scope, $"maximum duration of call {id}", () => owner.OnMaxDuration(id), TimeSpan.FromSeconds(group.MaxDurationS));
        }

        return call;
    }

    /// <summary>A lost call the standby does not re-establish: its parties are told it ended and its radio resources are released.</summary>
    public void End(LostCall lost)
    {
        if (lost.ResourceSession.Length > 0)
        {
            owner.ReleaseResources(lost.ResourceSession);
        }

        var info = new CallInfo { CallId = lost.CallId, CallType = lost.Type, GroupId = lost.GroupId, InitiatorMcpttId = lost.Initiator, State = CallState.Ended, EndCause = CallCause.NormalRelease };
        info.Participants.AddRange(lost.Participants);
        downlinks.SendToMany(lost.Participants, () => new McxEvent { Call = new CallEvent { Kind = CallEventKind.Ended, Call = info, Cause = CallCause.NormalRelease } });
    }
}
