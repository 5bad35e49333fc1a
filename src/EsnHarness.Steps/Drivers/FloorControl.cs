using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: floor control (TS 24.380) as a terminal user sees it: PTT, grants, queueing, denials and revocations.</summary>
public sealed class FloorControl(TerminalFleet fleet, Calls calls, Cast cast, EsnSession session, OngoingSpeech speech)
{
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>Presses PTT on a group (selecting it first); returns the press time on the terminal's clock.</summary>
    public async Task<DateTime> PressPttAsync(UserName name, GroupName group, FloorPriorityLevel level = FloorPriorityLevel.Normal) =>
        (await PressAsync(name, group, level)).At.ToDateTime();

    private async Task<PttResponse> PressAsync(UserName name, GroupName group, FloorPriorityLevel level = FloorPriorityLevel.Normal)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        await Rpc.CallAsync(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"select {group} on the terminal of {name}");
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, Level = level }).ResponseAsync, $"press PTT for {name} on {group}");
        fleet.RememberCall(ptt.CallId, group);
        return ptt;
    }

    /// <summary>
    /// Presses PTT and waits until the floor answers the request (the terminal leaves 'U: pending Request': granted,
    /// queued or denied), as a user hears the tone before doing anything else. Without it a second user's press a
    /// step later could overtake this one on the way to the arbitrator and be queued first.
    /// </summary>
    public async Task PressPttAndAwaitAnswerAsync(UserName name, GroupName group)
    {
        var log = fleet.Log(cast.Get(name));
        var from = log.Count;
        await PressPttAsync(name, group);
        await log.WaitAsync(e => e.FloorState is { FromState: FloorParticipantState.PendingRequest }, from, session.Timeout,
            $"the floor to answer {name}'s request on {group} (granted, queued or denied)");
    }

    /// <summary>Releases PTT.</summary>
    public async Task ReleasePttAsync(UserName name, GroupName group)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        await Rpc.CallAsync(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId }).ResponseAsync, $"release PTT for {name} on {group}");
    }

    /// <summary>
    /// Releases PTT and waits until the floor acknowledged it (the terminal leaves 'U: pending Release' on Floor Idle or
    /// Floor Taken), so whoever presses next finds the floor free rather than racing the release to the arbitrator.
    /// </summary>
    public async Task ReleasePttAndAwaitAsync(UserName name, GroupName group)
    {
        var log = fleet.Log(cast.Get(name));
        var from = log.Count;
        await ReleasePttAsync(name, group);
        await log.WaitAsync(e => e.FloorState is { FromState: FloorParticipantState.PendingRelease } || e.Call is { Kind: CallEventKind.Ended }, from, session.Timeout,
            $"the floor to acknowledge {name}'s release on {group}");
    }

    /// <summary>Presses PTT, waits for Floor Granted and keeps speaking (paced voice frames) until the floor or the scenario ends:
    /// the user is talking, and the MCX's end-of-media timer (T1) does not free the floor while they are.</summary>
    public async Task TalkAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        var from = fleet.Log(member).Count;
        var ptt = await PressAsync(name, group);
        await ExpectGrantedAsync(name, group);
        await calls.AwaitPermissionAsync(member, from);
        await speech.StartAsync(member, ptt.CallId);
    }

    /// <summary>Speaks for <paramref name="duration"/> (20 ms voice frames) while holding the floor.</summary>
    public async Task KeepTalkingAsync(UserName name, TimeSpan duration)
    {
        var member = cast.Get(name);
        await speech.StopAsync(member);
        await calls.AwaitPermissionAsync(member, 0);
        var frames = (uint)Math.Max(1, duration.TotalMilliseconds / 20) + 5;
        await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, FrameCount = frames, FrameIntervalMs = 20 }).ResponseAsync,
            $"send voice for {name}");
    }

    /// <summary>
    /// One PTT burst: press on the group, wait for Floor Granted, speak <paramref name="frames"/> frames (none: release at
    /// once) spaced <paramref name="frameIntervalMs"/> apart as speech is (0: back to back), release and wait until the
    /// terminal has no permission again; returns the access time (press to grant, terminal clock). The press names the
    /// group (PttRequest.group_id) rather than selecting it first: a repeated measurement would otherwise spend a
    /// signalling round trip over the modelled link before every press, outside the sample and waiting for nothing.
    /// </summary>
    internal async Task<TimeSpan> BurstAsync(UserName name, GroupName group, uint frames, uint frameIntervalMs = 0)
    {
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var from = log.Count;
        fleet.MarkAction();
        var ptt = await Rpc.CallAsync(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"press PTT for {name} on {group}");
        fleet.RememberCall(ptt.CallId, group);
        var at = ptt.At.ToDateTime();
        var granted = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, from, session.Timeout, $"{name} to be granted the floor on {group}");
        if (frames > 0)
        {
            await calls.AwaitPermissionAsync(member, from);
            await Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, CallId = ptt.CallId, FrameCount = frames, FrameIntervalMs = frameIntervalMs }).ResponseAsync,
                $"talk for {name}");
        }

        var released = log.Count;
        fleet.MarkAction();
        await Rpc.CallAsync(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId, CallId = ptt.CallId }).ResponseAsync, $"release PTT for {name} on {group}");
        await log.WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasNoPermission or FloorParticipantState.StartStop }, released, session.Timeout,
            $"{name}'s floor release to complete on {group}");
        return granted.ObservedAt.ToDateTime() - at;
    }

    /// <summary>Waits for Floor Granted on the group.</summary>
    public Task ExpectGrantedAsync(UserName name, GroupName group) =>
        ExpectFloorAsync(name, group, f => f.Kind == FloorEventKind.Granted, $"{name} to be granted the floor on {group}");

    /// <summary>
    /// Waits until the user is queued at <paramref name="position"/>, asking for the queue position if the last info differs.
    /// The queueing may have happened before the last action (the press step waits for the floor's answer), so the whole
    /// log counts; the position asked for now is what decides.
    /// </summary>
    public async Task ExpectQueuedAsync(UserName name, GroupName group, int position)
    {
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var first = (await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && OnGroup(f.CallId, group), 0, session.Timeout,
            $"{name} to be queued on {group}")).Floor;
        var latest = log.Last(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && f.CallId == first.CallId)!.Floor;
        if (latest.QueuePosition == position)
        {
            return;
        }

        var from = log.Count;
        await Rpc.CallAsync(() => _mcx.RequestQueuePositionAsync(new QueuePositionRequestMessage { McpttId = member.McpttId, CallId = first.CallId }).ResponseAsync,
            $"ask the queue position of {name}");
        var info = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && f.CallId == first.CallId, from, session.Timeout,
            $"a queue position answer for {name} on {group}");
        if (info.Floor.QueuePosition != position)
        {
            throw new ExpectationFailedException($"Expected {name} queued at position {position} on {group}, but the position is {info.Floor.QueuePosition}.");
        }
    }

    /// <summary>Waits for Floor Deny with the cause (on any group when <paramref name="group"/> is empty).</summary>
    public Task ExpectDeniedAsync(UserName name, GroupName group, FloorCauseCode cause) =>
        ExpectCauseAsync(name, group, FloorEventKind.Deny, cause, "denied the floor");

    /// <summary>Waits for Floor Revoke with the cause (on any group when <paramref name="group"/> is empty).</summary>
    public Task ExpectRevokedAsync(UserName name, GroupName group, FloorCauseCode cause) =>
        ExpectCauseAsync(name, group, FloorEventKind.Revoke, cause, "have the floor revoked");

    /// <summary>Waits until <paramref name="listener"/>'s terminal shows <paramref name="talker"/> talking (Floor Taken), under <paramref name="alias"/> when one is given.</summary>
    public async Task ExpectSeesTalkingAsync(UserName listener, GroupName group, UserName talker, string? alias = null)
    {
        var id = cast.Get(talker).McpttId;
        var e = await fleet.Log(cast.Get(listener)).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == id && OnGroup(f.CallId, group), 0, session.Timeout,
            $"{listener} to see {talker} talking on {group} (as '{id}')");
        if (alias is not null && e.Floor.TalkerFunctionalAlias != alias)
        {
            throw new ExpectationFailedException($"{listener} sees {talker} talking on {group} under the functional alias '{e.Floor.TalkerFunctionalAlias}', expected '{alias}'.");
        }
    }

    /// <summary>Waits (since the last action, up to <paramref name="within"/> or the event timeout) until the user's terminal shows the floor idle.</summary>
    public Task ExpectIdleAsync(UserName name, GroupName group, TimeSpan? within = null) =>
        ExpectFloorAsync(name, group, f => f.Kind == FloorEventKind.Idle, $"{name} to see the floor idle on {group}", within);

    /// <summary>Waits until the call on the group shows <paramref name="mcpttId"/> at <paramref name="position"/> in its floor queue (for clients without a terminal here, e.g. an Airwave radio's bridge).</summary>
    public async Task ExpectInFloorQueueAsync(string mcpttId, UserName name, GroupName group, int position)
    {
        var call = await calls.ActiveCallAsync(group) ?? throw new ExpectationFailedException($"No call is up on {group}, so {name} cannot be queued.");
        var at = call.FloorQueue.IndexOf(mcpttId) + 1;
        if (at != position)
        {
            throw new ExpectationFailedException($"Expected {name} queued at position {position} on {group}; the floor queue is [{string.Join(", ", call.FloorQueue.Select(cast.Describe))}].");
        }
    }

    private async Task ExpectCauseAsync(UserName name, GroupName group, FloorEventKind kind, FloorCauseCode cause, string what)
    {
        var e = await ExpectFloorAsync(name, group, f => f.Kind == kind, $"{name} to {what} on {group} with {cause}");
        if ((int)e.Cause != cause.Code)
        {
            throw new ExpectationFailedException($"Expected {name} to {what} on {group} with {cause}, but the cause was {new FloorCauseCode((int)e.Cause)}.");
        }
    }

    private async Task<FloorEvent> ExpectFloorAsync(UserName name, GroupName group, Func<FloorEvent, bool> match, string expectation, TimeSpan? within = null)
    {
        var member = cast.Get(name);
        var e = await fleet.Log(member).WaitAsync(e => e.Floor is { } f && OnGroup(f.CallId, group) && match(f), fleet.Mark(member), within ?? session.Timeout, expectation);
        return e.Floor;
    }

    private bool OnGroup(string callId, GroupName group) =>
        group.Value.Length == 0 || fleet.GroupOfCall(callId) is not { } g || string.Equals(g, group.Value, StringComparison.OrdinalIgnoreCase);
}
