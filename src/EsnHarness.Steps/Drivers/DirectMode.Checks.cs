using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>What users observe of direct mode: who they hear, the floor, falling back and returning, and the gateway.</summary>
public sealed partial class DirectMode
{
    /// <summary>Waits until the user talks in direct mode ('O: has permission') since the last action.</summary>
    public Task ExpectTalkingAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        return fleet.Log(member).WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.OHasPermission }, fleet.Mark(member), session.Timeout,
            $"{name} to talk in direct mode on {group} ('O: has permission')");
    }

    /// <summary>Waits until <paramref name="listener"/> hears <paramref name="talker"/> in a direct-mode call since the last action.</summary>
    public async Task ExpectHearsAsync(UserName listener, UserName talker)
    {
        var member = cast.Get(listener);
        var log = fleet.Log(member);
        var id = cast.Get(talker).McpttId;
        var heard = await log.WaitAsync(e => e.Media?.Packet.SenderMcpttId == id, fleet.Mark(member), session.Timeout, $"{listener} to hear {talker} in direct mode");
        if (!OffNetworkCalls(log).Contains(heard.Media.Packet.CallId))
        {
            throw new ExpectationFailedException($"{listener} heard {talker}, but in call {heard.Media.Packet.CallId}, which is not a direct-mode call on {listener}'s terminal.");
        }
    }

    /// <summary>
    /// Checks that <paramref name="listener"/> heard nothing of <paramref name="talker"/>'s latest burst: once someone else
    /// has heard it end (its last frame, or the talker's Floor Release that follows it, should that frame be lost), so that
    /// every frame has had time to arrive, none reached the listener. With nobody hearing the burst the absence would prove
    /// nothing, so that fails too.
    /// </summary>
    public async Task ExpectDoesNotHearAsync(UserName listener, UserName talker)
    {
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        var witnesses = fleet.Logs.Where(o => o.Member != member && o.Member.McpttId != id).ToList();
        bool Ended(DeviceEvent e) =>
            e.Media is { Packet.LastInBurst: true } m && m.Packet.SenderMcpttId == id
            || e.FloorState is { FromState: FloorParticipantState.OHasNoPermission, ToState: FloorParticipantState.OSilence };
        var ends = witnesses.ToDictionary(w => w.Log.TryWaitAsync(Ended, fleet.Mark(w.Member), session.Timeout), w => w);
        var witnessed = false;
        while (ends.Count > 0 && !witnessed)
        {
            var first = await Task.WhenAny(ends.Keys);
            var (witness, log) = ends[first];
            ends.Remove(first);
            witnessed = await first is not null && log.Snapshot(fleet.Mark(witness)).Any(e => e.Media?.Packet.SenderMcpttId == id);
        }

        if (!witnessed)
        {
            throw new ExpectationFailedException($"Nobody else heard the end of {talker}'s burst within {session.Timeout.TotalSeconds:0} s, so {listener} not hearing it proves nothing.");
        }

        if (fleet.Log(member).Snapshot(fleet.Mark(member)).FirstOrDefault(e => e.Media?.Packet.SenderMcpttId == id) is { } heard)
        {
            throw new ExpectationFailedException($"Expected {listener} not to hear {talker} in direct mode, but {listener}'s terminal played frame {heard.Media.Packet.Sequence} of their burst (call {heard.Media.Packet.CallId}).");
        }
    }

    /// <summary>Waits until <paramref name="listener"/>'s terminal shows <paramref name="talker"/> talking in a direct-mode call (Floor Taken).</summary>
    public Task ExpectSeesTalkingAsync(UserName listener, UserName talker)
    {
        var member = cast.Get(listener);
        var log = fleet.Log(member);
        var id = cast.Get(talker).McpttId;
        return log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == id, 0, session.Timeout, $"{listener} to see {talker} talking in direct mode");
    }

    /// <summary>Checks the user is queued at <paramref name="position"/> by the direct-mode talker (its latest queue position).</summary>
    public async Task ExpectQueuedAsync(UserName name, int position)
    {
        var member = cast.Get(name);
        var log = fleet.Log(member);
        await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.OQueued }, fleet.Mark(member), session.Timeout, $"{name} to be queued in direct mode ('O: queued')");
        var info = log.Last(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo });
        if (info?.Floor.QueuePosition != position)
        {
            throw new ExpectationFailedException($"Expected {name} queued at position {position} in direct mode, but the talker said position {info?.Floor.QueuePosition.ToString() ?? "nothing"}.");
        }
    }

    /// <summary>Waits for a direct-mode Floor Deny with the cause since the last action.</summary>
    public async Task ExpectDeniedAsync(UserName name, FloorCauseCode cause)
    {
        var member = cast.Get(name);
        var deny = await fleet.Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Deny }, fleet.Mark(member), session.Timeout, $"{name} to be denied the floor in direct mode with {cause}");
        if ((int)deny.Floor.Cause != cause.Code)
        {
            throw new ExpectationFailedException($"Expected {name} denied in direct mode with {cause}, but the cause was {new FloorCauseCode((int)deny.Floor.Cause)}.");
        }
    }

    /// <summary>
    /// Waits until the user's terminal has fallen back to direct mode on <paramref name="group"/> (service lost), and checks
    /// it did so within <paramref name="within"/> of telling its user service was lost (both on the terminal's clock).
    /// </summary>
    public async Task ExpectFellBackAsync(UserName name, GroupName group, TimeSpan within)
    {
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var fell = await log.WaitAsync(e => e.DirectMode is { Active: true, Reason: DirectModeReason.ServiceLost } d && d.GroupId == group.Value, 0, within + session.Timeout,
            $"{name}'s terminal to fall back to direct mode on {group}");
        var lost = log.Snapshot().LastOrDefault(e => e.Connectivity is { Kind: ConnectivityKind.OutOfService } && e.Sequence < fell.Sequence)
            ?? throw new ExpectationFailedException($"{name}'s terminal fell back to direct mode on {group} without having told its user service was lost.");
        var after = fell.ObservedAt.ToDateTime() - lost.ObservedAt.ToDateTime();
        if (after > within)
        {
            throw new ExpectationFailedException($"{name}'s terminal fell back to direct mode on {group} {after.TotalMilliseconds:0} ms after losing service, later than {within.TotalMilliseconds:0} ms.");
        }
    }

    /// <summary>Waits until the user's terminal is back on the network and in the ongoing call on <paramref name="group"/> there.</summary>
    public async Task ExpectBackInCallAsync(UserName name, GroupName group, TimeSpan within)
    {
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var started = session.Target.Clock.GetUtcNow();
        var back = await log.WaitAsync(e => e.DirectMode is { Active: false, Reason: DirectModeReason.ServiceBack } d && d.GroupId == group.Value, fleet.Mark(member), within,
            $"{name}'s terminal to return from direct mode to the network on {group}");
        var call = back.DirectMode.OnNetworkCallId;
        if (call.Length == 0)
        {
            throw new ExpectationFailedException($"{name} is back on the network but entered no call on {group}, though one was running.");
        }

        var left = within - (session.Target.Clock.GetUtcNow() - started);
        await log.WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.CallId == call && !c.Call.OffNetwork, fleet.Mark(member),
            left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1), $"{name} to be connected to the call on {group} on the network (late entry)");
        fleet.RememberCall(call, group);
    }

    /// <summary>Waits until the user's terminal shows its direct-mode call on <paramref name="group"/> as an emergency call.</summary>
    public Task ExpectEmergencyCallAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        return fleet.Log(member).WaitAsync(e => e.Call is { Call: { OffNetwork: true, Emergency: true } c } && c.GroupId == group.Value, fleet.Mark(member), session.Timeout,
            $"{name} to see the direct-mode call on {group} as an emergency call");
    }

    /// <summary>Waits until both users are connected in the same direct-mode private call.</summary>
    public async Task ExpectPrivateCallAsync(UserName a, UserName b)
    {
        var first = await PrivateCallIdAsync(cast.Get(a));
        var second = await PrivateCallIdAsync(cast.Get(b));
        if (first != second)
        {
            throw new ExpectationFailedException($"{a} and {b} are each in a direct-mode private call, but not the same one ({first}, {second}).");
        }
    }

    /// <summary>
    /// Waits until <paramref name="listener"/> hears <paramref name="talker"/> relayed by the gateway: frames from the gateway
    /// carrying the instants at which <paramref name="talker"/> spoke them (as the gateway heard them).
    /// </summary>
    public async Task ExpectHearsThroughGatewayAsync(UserName listener, UserName talker)
    {
        var gateway = _gateways.Values.FirstOrDefault() ?? throw new ArgumentException("No vehicle gateway relays direct mode in this scenario; add one with 'Given the LFB vehicle ... relays ...'.");
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        var relayed = await fleet.Log(member).WaitAsync(e => e.Media?.Packet.SenderMcpttId == gateway.McpttId, fleet.Mark(member), session.Timeout,
            $"{listener} to hear {talker} through {gateway.Name}");
        var spoken = fleet.Log(gateway).Snapshot(fleet.Mark(gateway)).Where(e => e.Media?.Packet.SenderMcpttId == id).Select(e => e.Media.Packet.SentAt).ToHashSet();
        if (!spoken.Contains(relayed.Media.Packet.SentAt))
        {
            throw new ExpectationFailedException($"{listener} heard {gateway.Name}, but not words {talker} spoke: the frame was spoken at {relayed.Media.Packet.SentAt}, "
                + $"and {gateway.Name} heard {spoken.Count} frames from {talker} since the last action.");
        }
    }

    private static HashSet<string> OffNetworkCalls(EventLog<DeviceEvent> log) =>
        [.. log.Snapshot().Where(e => e.Call is { Call.OffNetwork: true }).Select(e => e.Call.Call.CallId)];

    private async Task<string> PrivateCallIdAsync(CastMember member)
    {
        var e = await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected, Call: { OffNetwork: true, GroupId.Length: 0 } }, 0, session.Timeout,
            $"{member.Name} to be connected in a direct-mode private call");
        return e.Call.Call.CallId;
    }
}
