using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Aliases;
using EsnHarness.Simulators.Internal.Mcx.Calls;
using EsnHarness.Simulators.Internal.Mcx.Recording;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Location;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using FloorCause = EsnHarness.Simulators.FloorControl.FloorCause;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;

namespace EsnHarness.Simulators.Internal.Mcx.Floor;

/// <summary>
/// The floor control server of a namespace (TS 24.380 §6.3): one arbitrator per active call, the floor priority a request
/// carries (level from the call's emergency state, priority from the group document or the user profile), the N7 limit,
/// and the media relay. Floors are started and stopped by the call layer (under its lock); requests and media come
/// straight from the clients and never take the call layer's lock, so a voice frame or a floor request never waits for a
/// call being set up elsewhere. Lock order: call layer → a requester's N7 lock → arbitrator → registry reads, downlinks; the
/// recorder (a leaf) is given every relayed frame after the arbitrator has accepted it.
/// </summary>
internal sealed class McxFloor(McxFunctionalAliases aliases, McxLocations locations, McxDownlinks downlinks, McxSettings settings, WorldScope scope, McxRecorder recorder)
{
    private readonly ConcurrentDictionary<string, CallFloor> _floors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lock> _requesters = new(StringComparer.Ordinal);

    /// <summary>The listened-to user of an ambient listening call talks for as long as the call lasts (no talk-time limit of its own).</summary>
    private static readonly TimeSpan AmbientTalkTime = TimeSpan.FromHours(24);

    /// <summary>Starts the floor of a call that has become active; <paramref name="onInactive"/> runs when T4 (the hang time) expires.</summary>
    public CallFloor Start(McxCall call, GroupConfig? group, Action<string> onInactive)
    {
        var defects = scope.Defects;
        // Each defect is consulted only where it would change the floor: a group hang time other than the default, a broadcast.
        var hangTime = group is null || (TimeSpan.FromMilliseconds(group.HangTimeMs) != settings.DefaultHangTime && defects.Has(McxDefects.HangTimerIgnored))
            ? settings.DefaultHangTime
            : TimeSpan.FromMilliseconds(group.HangTimeMs);
        var ambient = call.Type == CallType.AmbientListening;
        var timers = settings.FloorTimers with
        {
            T2 = ambient ? AmbientTalkTime : group is null ? settings.FloorTimers.T2 : TimeSpan.FromMilliseconds(group.MaxTalkTimeMs),
            T4 = group is null ? settings.FloorTimers.T4 : hangTime,
            T3 = group?.AudioCutIn == true ? TimeSpan.Zero : settings.FloorTimers.T3,
        };
        var broadcaster = call.Type == CallType.BroadcastGroup ? call.Initiator : null;
        // In an ambient listening call only the listened-to user talks (TS 23.379 §10.14), as the initiator of a broadcast does.
        var onlyTalker = ambient ? (defects.Has(McxCommonFunctionDefects.AmbientListenerCanTalk) ? null : call.Target)
            : broadcaster is not null && defects.Has(McxDefects.BroadcastOthersTalk) ? null : broadcaster;
        var options = new ArbitratorOptions(
            timers,
            QueueingEnabled: group?.QueueingEnabled ?? true,
            MaxQueueLength: (int)(group?.MaxQueueLength ?? McxDefaults.DefaultMaxQueueLength),
            BroadcastInitiator: onlyTalker,
            AudioCutIn: group?.AudioCutIn ?? false,
            Defects: defects)
        {
            EmergencyTalkTime = group is { EmergencyTalkTimeMs: > 0 } && !defects.Has(McxCommonFunctionDefects.OpenMicCutAtTalkTime)
                ? TimeSpan.FromMilliseconds(group.EmergencyTalkTimeMs)
                : null,
        };
        var output = new CallFloorOutput(call.CallId, downlinks, aliases, locations, scope, onInactive);
        var priorities = group is null ? new Dictionary<string, uint>() : new Dictionary<string, uint>(group.MemberPriorities, StringComparer.Ordinal);
        var floor = new CallFloor(call.CallId, new FloorArbitrator(options, scope.Time, output), output, priorities)
        {
            BroadcastInitiator = broadcaster,
            PrivateCallee = call.Type is CallType.Private or CallType.EmergencyPrivate ? call.Target : null,
            Rights = call.Rights(),
        };
        _floors[call.CallId] = floor;
        floor.Start(call.Participants);
        return floor;
    }

    public void Stop(CallFloor floor)
    {
        _floors.TryRemove(new KeyValuePair<string, CallFloor>(floor.CallId, floor));
        floor.Stop();
    }

    /// <summary>The floor of an active call, or null.</summary>
    public CallFloor? Find(string callId) => _floors.GetValueOrDefault(callId);

    /// <summary>An explicit Floor Request (TS 24.380 §6.3.4): level and priority as the client sent them, checked.</summary>
    public void Request(McxUser user, CallFloor floor, Contracts.Common.V1.FloorPriorityLevel requestedLevel, uint requestedPriority)
    {
        if (requestedPriority > 255)
        {
            throw Errors.Invalid($"field 'priority' must be 0..255, got {requestedPriority}");
        }

        var level = FloorStates.Of(requestedLevel);
        if (!System.Enum.IsDefined(level))
        {
            throw Errors.Invalid($"field 'level' has unknown value {(int)requestedLevel}");
        }

        if (level > floor.Rights.LevelOf(user.McpttId))
        {
            throw Errors.Denied(
                $"mcptt_id '{user.McpttId}' may not request the floor at {requestedLevel} in call '{floor.CallId}': only the user who started the emergency or imminent-peril call may");
        }

        Request(user, floor, PriorityOf(user, floor, level, requestedPriority));
    }

    /// <summary>The Floor Request a call set-up carries (implicit floor request, TS 24.379 §10.1.1): the caller's own level and priority.</summary>
    public void RequestImplicitly(McxUser user, CallFloor floor) =>
        Request(user, floor, PriorityOf(user, floor, floor.Rights.LevelOf(user.McpttId), 0));

    /// <summary>Floor Release; true when the broadcast call's initiator released it (the call then ends, TS 24.379 §10.1.3).</summary>
    public bool Release(McxUser user, CallFloor floor)
    {
        var wasTalker = floor.Arbitrator.Talker == user.McpttId;
        AsParticipant(floor, user, () => floor.Arbitrator.FloorRelease(user.McpttId));
        return wasTalker && floor.BroadcastInitiator == user.McpttId;
    }

    public void RequestQueuePosition(McxUser user, CallFloor floor) =>
        AsParticipant(floor, user, () => floor.Arbitrator.QueuePositionRequest(user.McpttId));

    /// <summary>Media from a participant: the talker's is relayed to every other participant (returns how many); anyone
    /// else's is refused by the arbitrator (Floor Revoke cause 3) and relayed to nobody.</summary>
    public uint Relay(McxUser sender, CallFloor floor, MediaPacket packet)
    {
        var received = Clock.Now(scope.Time);
        var isTalker = floor.Arbitrator.Talker == sender.McpttId;
        AsParticipant(floor, sender, () => floor.Arbitrator.MediaReceived(sender.McpttId));
        if (!isTalker)
        {
            return 0;
        }

        var relayed = packet.Clone();
        relayed.ServerReceivedAt = received;
        relayed.ServerForwardedAt = Clock.Now(scope.Time);
        recorder.Frame(floor.CallId, sender, relayed, relayed.ServerReceivedAt.ToDateTimeOffset());
        var receivers = floor.Members.Remove(sender.McpttId);
        if (floor.PrivateCallee == sender.McpttId && scope.Defects.Has(McxPrivateCallDefects.OneWayMedia))
        {
            receivers = receivers.Clear();
        }

        downlinks.SendToMany(receivers, () => new McxEvent { Media = relayed });
        return (uint)receivers.Count;
    }

    public void StopAll()
    {
        foreach (var floor in _floors.Values)
        {
            floor.Stop();
        }

        _floors.Clear();
    }

    /// <summary>A Floor Request after the profile's N7 check, one at a time per user so two calls cannot both pass it.</summary>
    private void Request(McxUser user, CallFloor floor, FloorPriority priority)
    {
        lock (_requesters.GetOrAdd(user.McpttId, _ => new Lock()))
        {
            if (ExceedsTransmissionLimit(user, floor))
            {
                floor.Output.Deny(user.McpttId, FloorCause.NoResources);
                return;
            }

            AsParticipant(floor, user, () => floor.Arbitrator.FloorRequest(user.McpttId, priority));
        }
    }

    /// <summary>
    /// N7 (TS 24.484 user profile, ESN-DOMAIN §4): a user already holding the floor in max_simultaneous_transmissions other
    /// calls may not take another. The request is denied with cause 6 "no resources available" (assumption: TS 24.380
    /// names no cause of its own for the profile limit; cause 6 is the one that says the server will not give this user
    /// another floor). Checked when the request arrives, as a grant decision.
    /// </summary>
    private bool ExceedsTransmissionLimit(McxUser user, CallFloor floor)
    {
        if (floor.Arbitrator.Talker == user.McpttId)
        {
            return false;
        }

        var held = _floors.Values.Count(f => f != floor && f.Arbitrator.Talker == user.McpttId);
        return held >= user.Profile.MaxSimultaneousTransmissions;
    }

    /// <summary>
    /// The floor priority of a request: the level it carries, and the participant's configured priority: the member's
    /// user-priority from the group document (TS 24.481), else the user profile's floor priority. A request that names a
    /// priority of its own gets at most the configured one (TS 24.380: a floor request's priority is limited to the
    /// participant's authorised maximum, the mc_priority negotiated for the call), so no client claims a higher rank
    /// than the GMS / CMS give it; a lower one is kept.
    /// </summary>
    private FloorPriority PriorityOf(McxUser user, CallFloor floor, FloorPriorityLevel level, uint requested)
    {
        var defects = scope.Defects;
        if (level == FloorPriorityLevel.Emergency && defects.Has(McxDefects.EmergencyNoPreemption))
        {
            level = FloorPriorityLevel.Normal;
        }

        // The GMS-priority defect is consulted only for a member whose group priority is not the profile's.
        var configured = floor.MemberPriorities.TryGetValue(user.McpttId, out var fromGroup)
            && (fromGroup == user.Profile.FloorPriority || !defects.Has(McxDefects.GmsUserPriorityIgnored))
            ? fromGroup
            : user.Profile.FloorPriority;
        return new FloorPriority(level, (int)(requested == 0 ? configured : Math.Min(requested, configured)));
    }

    /// <summary>Runs an arbitrator input for a participant who may have just left the call (the arbitrator then refuses it).</summary>
    private static void AsParticipant(CallFloor floor, McxUser user, Action input)
    {
        try
        {
            input();
        }
        catch (ArgumentException) when (!floor.Arbitrator.Participants.Contains(user.McpttId))
        {
            // Safe to answer plainly: the participant left the call between the check and the arbitrator, which changed nothing.
            throw Errors.Precondition($"mcptt_id '{user.McpttId}' is not a participant of call '{floor.CallId}'");
        }
    }
}
