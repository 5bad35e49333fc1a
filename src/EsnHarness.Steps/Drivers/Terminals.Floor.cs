using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Floor control (TS 24.380) as a terminal user sees it.</summary>
public sealed partial class Terminals
{
    /// <summary>Affiliates the user's terminal to a group.</summary>
    public async Task AffiliateAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        var state = await Call(() => _devices.AffiliateAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync,
            $"affiliate {name} to {group}");
        if (!state.AffiliatedGroups.Contains(group.Value))
        {
            throw new ExpectationFailedException($"{name} asked to affiliate to {group} but is affiliated to: {string.Join(", ", state.AffiliatedGroups)}.");
        }
    }

    /// <summary>Presses PTT on a group (selecting it first); returns the press time on the terminal's clock.</summary>
    public async Task<DateTime> PressPttAsync(UserName name, GroupName group, FloorPriorityLevel level = FloorPriorityLevel.Normal)
    {
        MarkAction();
        var member = cast.Get(name);
        await Call(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"select {group} on the terminal of {name}");
        var ptt = await Call(() => _devices.PressPttAsync(new PttRequest { DeviceId = member.DeviceId, Level = level }).ResponseAsync, $"press PTT for {name} on {group}");
        _callGroups.TryAdd(ptt.CallId, group.Value);
        return ptt.At.ToDateTime();
    }

    /// <summary>
    /// Presses PTT and waits until the floor answers the request (the terminal leaves 'U: pending Request': granted,
    /// queued or denied), as a user hears the tone before doing anything else. Without it a second user's press a
    /// step later could overtake this one on the way to the arbitrator and be queued first.
    /// </summary>
    public async Task PressPttAndAwaitAnswerAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        var from = Log(member).Count;
        await PressPttAsync(name, group);
        await Log(member).WaitAsync(e => e.FloorState is { From: "PendingRequest" }, from, session.Timeout,
            $"the floor to answer {name}'s request on {group} (granted, queued or denied)");
    }

    /// <summary>Releases PTT.</summary>
    public async Task ReleasePttAsync(UserName name, GroupName group)
    {
        MarkAction();
        var member = cast.Get(name);
        await Call(() => _devices.ReleasePttAsync(new PttRequest { DeviceId = member.DeviceId }).ResponseAsync, $"release PTT for {name} on {group}");
    }

    /// <summary>
    /// Releases PTT and waits until the floor acknowledged it (the terminal leaves 'U: pending Release' on Floor Idle or
    /// Floor Taken), so whoever presses next finds the floor free rather than racing the release to the arbitrator.
    /// </summary>
    public async Task ReleasePttAndAwaitAsync(UserName name, GroupName group)
    {
        var member = cast.Get(name);
        var from = Log(member).Count;
        await ReleasePttAsync(name, group);
        await Log(member).WaitAsync(e => e.FloorState is { From: "PendingRelease" } || e.Call is { Kind: CallEventKind.Ended }, from, session.Timeout,
            $"the floor to acknowledge {name}'s release on {group}");
    }

    /// <summary>Presses PTT and waits for Floor Granted: the user is talking.</summary>
    public async Task TalkAsync(UserName name, GroupName group)
    {
        await PressPttAsync(name, group);
        await ExpectGrantedAsync(name, group);
    }

    /// <summary>Speaks for <paramref name="duration"/> (20 ms voice frames) while holding the floor.</summary>
    public async Task KeepTalkingAsync(UserName name, TimeSpan duration)
    {
        var member = cast.Get(name);
        await AwaitPermissionAsync(member, 0);
        var frames = (uint)Math.Max(1, duration.TotalMilliseconds / 20) + 5;
        await Call(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, FrameCount = frames, FrameIntervalMs = 20 }).ResponseAsync,
            $"send voice for {name}");
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
        var first = (await Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && OnGroup(f.CallId, group), 0, session.Timeout,
            $"{name} to be queued on {group}")).Floor;
        var latest = Log(member).Last(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && f.CallId == first.CallId)!.Floor;
        if (latest.QueuePosition == position)
        {
            return;
        }

        var from = Log(member).Count;
        await Call(() => _mcx.RequestQueuePositionAsync(new QueuePositionRequestMessage { McpttId = member.McpttId, CallId = first.CallId }).ResponseAsync,
            $"ask the queue position of {name}");
        var info = await Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo } f && f.CallId == first.CallId, from, session.Timeout,
            $"a queue position answer for {name} on {group}");
        if (info.Floor.QueuePosition != position)
        {
            throw new ExpectationFailedException($"Expected {name} queued at position {position} on {group}, but the position is {info.Floor.QueuePosition}.");
        }
    }

    /// <summary>Waits for Floor Deny with the cause.</summary>
    public Task ExpectDeniedAsync(UserName name, GroupName group, FloorCauseCode cause) =>
        ExpectCauseAsync(name, group, FloorEventKind.Deny, cause, "denied the floor");

    /// <summary>Waits for Floor Revoke with the cause.</summary>
    public Task ExpectRevokedAsync(UserName name, GroupName group, FloorCauseCode cause) =>
        ExpectCauseAsync(name, group, FloorEventKind.Revoke, cause, "have the floor revoked");

    /// <summary>Waits until <paramref name="listener"/>'s terminal shows <paramref name="talker"/> talking (Floor Taken).</summary>
    public Task ExpectSeesTalkingAsync(UserName listener, GroupName group, UserName talker)
    {
        var id = cast.Get(talker).McpttId;
        var member = cast.Get(listener);
        return Log(member).WaitAsync(e => e.Floor is { Kind: FloorEventKind.Taken } f && f.TalkerMcpttId == id && OnGroup(f.CallId, group), 0, session.Timeout,
            $"{listener} to see {talker} talking on {group}");
    }

    /// <summary>Waits until the user's terminal shows the floor idle.</summary>
    public Task ExpectIdleAsync(UserName name, GroupName group) =>
        ExpectFloorAsync(name, group, f => f.Kind == FloorEventKind.Idle, $"{name} to see the floor idle on {group}");

    /// <summary>Waits until the call on the group shows <paramref name="mcpttId"/> at <paramref name="position"/> in its floor queue (for clients without a terminal here, e.g. an Airwave radio's bridge).</summary>
    public async Task ExpectInFloorQueueAsync(string mcpttId, UserName name, GroupName group, int position)
    {
        var call = await ActiveCallAsync(group) ?? throw new ExpectationFailedException($"No call is up on {group}, so {name} cannot be queued.");
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

    private async Task<FloorEvent> ExpectFloorAsync(UserName name, GroupName group, Func<FloorEvent, bool> match, string expectation)
    {
        var member = cast.Get(name);
        var e = await Log(member).WaitAsync(e => e.Floor is { } f && OnGroup(f.CallId, group) && match(f), Mark(member), session.Timeout, expectation);
        return e.Floor;
    }

    private bool OnGroup(string callId, GroupName group) =>
        group.Value.Length == 0 || GroupOfCall(callId) is not { } g || string.Equals(g, group.Value, StringComparison.OrdinalIgnoreCase);
}
