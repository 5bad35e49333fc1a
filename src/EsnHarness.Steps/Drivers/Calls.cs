using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: group, broadcast and private calls as terminal users see them (esn.device.v1), and the calls the MCX service holds.</summary>
public sealed class Calls(TerminalFleet fleet, Cast cast, EsnSession session)
{
    private const uint ShortBurstFrames = 5;
    private readonly DeviceService.DeviceServiceClient _devices = new(session.Invoker(EsnRole.Device));
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));

    /// <summary>Starts a call on a group with PTT held, waits for the floor and speaks a short burst.</summary>
    public async Task StartGroupCallAsync(UserName name, GroupName group, CallType type = CallType.PrearrangedGroup)
    {
        fleet.MarkAction();
        var member = cast.Get(name);
        var log = fleet.Log(member);
        var from = log.Count;
        await Rpc.CallAsync(() => _devices.SelectGroupAsync(new GroupRequest { DeviceId = member.DeviceId, GroupId = group.Value }).ResponseAsync, $"select {group} on the terminal of {name}");
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = member.DeviceId,
            CallType = type,
            GroupId = group.Value,
            ImplicitFloorRequest = true,
        }).ResponseAsync, $"start a {type} call for {name} on {group}");
        fleet.RememberCall(result.Call);
        var outcome = await log.WaitAsync(e => e.Floor is { Kind: FloorEventKind.Granted or FloorEventKind.QueuePositionInfo or FloorEventKind.Deny }, from, session.Timeout,
            $"an answer to {name}'s floor request on {group}");
        if (outcome.Floor.Kind == FloorEventKind.Granted)
        {
            await AwaitPermissionAsync(member, from);
            await SpeakAsync(member, result.Call.CallId);
        }
    }

    /// <summary>Waits until the user's terminal is connected to the call on the group.</summary>
    public Task ExpectInCallAsync(UserName name, GroupName group) =>
        fleet.Log(cast.Get(name)).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value, 0, session.Timeout,
            $"{name} to be in the call on {group}");

    /// <summary>Waits until <paramref name="listener"/> receives voice from <paramref name="talker"/> since the last action.</summary>
    public async Task ExpectHearsAsync(UserName listener, UserName talker) => await FirstFrameAsync(listener, talker);

    /// <summary>Waits until <paramref name="listener"/> has the first burst of <paramref name="talker"/> from its first frame (no clipping).</summary>
    public async Task ExpectFirstBurstCompleteAsync(UserName listener, UserName talker)
    {
        var first = await FirstFrameAsync(listener, talker);
        if (first.Packet.Sequence != 0)
        {
            throw new ExpectationFailedException($"{listener} heard {talker}'s first burst from frame {first.Packet.Sequence}: the start was clipped.");
        }
    }

    /// <summary>Makes a private call with manual or automatic commencement.</summary>
    public async Task PrivateCallAsync(UserName caller, UserName callee, bool automatic)
    {
        fleet.MarkAction();
        var member = cast.Get(caller);
        var from = fleet.Log(member).Count;
        var result = await Rpc.CallAsync(() => _devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = member.DeviceId,
            CallType = CallType.Private,
            TargetMcpttId = cast.Get(callee).McpttId,
            Commencement = automatic ? CommencementMode.Automatic : CommencementMode.Manual,
            ImplicitFloorRequest = true,
        }).ResponseAsync, $"make a private call from {caller} to {callee}");
        if (automatic)
        {
            await ExpectPrivateCallAsync(caller, callee);
            // The implicit floor request is granted after the call connects: speak only once the terminal holds the floor.
            await AwaitPermissionAsync(member, from);
            await SpeakAsync(member, result.Call.CallId);
        }
    }

    /// <summary>Waits for an incoming private call from <paramref name="caller"/>.</summary>
    public Task ExpectOfferedAsync(UserName callee, UserName caller)
    {
        var id = cast.Get(caller).McpttId;
        return fleet.Log(cast.Get(callee)).WaitAsync(e => e.Call is { Kind: CallEventKind.Incoming } c && c.Call.InitiatorMcpttId == id, 0, session.Timeout,
            $"{callee} to be offered a private call from {caller}");
    }

    /// <summary>Accepts or declines the incoming private call.</summary>
    public async Task AnswerAsync(UserName callee, bool accept)
    {
        fleet.MarkAction();
        var member = cast.Get(callee);
        var incoming = await fleet.Log(member).WaitAsync(e => e.Call is { Kind: CallEventKind.Incoming }, 0, session.Timeout, $"{callee} to be offered a call");
        var reference = new CallRef { DeviceId = member.DeviceId, CallId = incoming.Call.Call.CallId };
        await Rpc.CallAsync(() => (accept ? _devices.AcceptCallAsync(reference) : _devices.RejectCallAsync(reference)).ResponseAsync,
            $"{(accept ? "accept" : "decline")} the call for {callee}");
    }

    /// <summary>Waits until both users are connected in the same private call.</summary>
    public async Task ExpectPrivateCallAsync(UserName a, UserName b)
    {
        var first = await ConnectedPrivateAsync(a);
        var second = await ConnectedPrivateAsync(b);
        if (first != second)
        {
            throw new ExpectationFailedException($"{a} and {b} are connected, but in different calls ({first}, {second}).");
        }
    }

    /// <summary>Waits until the user's terminal is connected in a private call with <paramref name="peer"/> (who made it or was called).</summary>
    public Task ExpectPrivateCallWithAsync(UserName name, UserName peer)
    {
        var id = cast.Get(peer).McpttId;
        return fleet.Log(cast.Get(name)).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId.Length == 0 && (c.Call.InitiatorMcpttId == id || c.Call.Participants.Contains(id)),
            0, session.Timeout, $"{name} to be connected in a private call with {peer}");
    }

    /// <summary>Waits until the caller is told the call was refused or declined with the cause.</summary>
    public async Task ExpectRejectedAsync(UserName name, CallCause cause, string what)
    {
        var e = await fleet.Log(cast.Get(name)).WaitAsync(e => e.Call is { Kind: CallEventKind.Rejected or CallEventKind.Ended } c && c.Cause == cause, 0, session.Timeout,
            $"{name} to be told {what}");
        fleet.RememberCall(e.Call.Call);
    }

    /// <summary>
    /// Waits until the caller is told the private call failed with "no answer", and checks it rang for the whole ringing
    /// time first (from the call's start on the service to the caller's terminal hearing of the failure).
    /// </summary>
    public async Task ExpectNotAnsweredAsync(UserName caller, TimeSpan ringing)
    {
        var e = await fleet.Log(cast.Get(caller)).WaitAsync(e => e.Call is { Kind: CallEventKind.Rejected or CallEventKind.Ended } c && c.Cause == CallCause.NoAnswer, 0,
            ringing + session.Timeout, $"{caller} to be told the private call was not answered");
        fleet.RememberCall(e.Call.Call);
        var rang = e.ObservedAt.ToDateTime() - e.Call.Call.StartedAt.ToDateTime();
        if (rang < ringing - TimeSpan.FromMilliseconds(50))
        {
            throw new ExpectationFailedException(
                $"{caller}'s private call failed with no answer after {rang.TotalMilliseconds:F0} ms, before its {ringing.TotalSeconds:0.#} s ringing time.");
        }
    }

    /// <summary>Reads the active call on a group, or null.</summary>
    public async Task<CallInfo?> ActiveCallAsync(GroupName group)
    {
        var calls = await _mcx.ListCallsAsync(new ListCallsRequest { GroupId = group.Value });
        return calls.Calls.FirstOrDefault(c => c.State == CallState.Active);
    }

    /// <summary>Waits until the call on the group ends (for any member of the cast).</summary>
    public async Task ExpectCallEndedAsync(GroupName group, TimeSpan within)
    {
        var watcher = fleet.Logs.FirstOrDefault(o => o.Log.Snapshot().Any(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId == group.Value)).Log
            ?? throw new ExpectationFailedException($"Nobody in the scenario was in a call on {group}.");
        await watcher.WaitAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.GroupId == group.Value, 0, within, $"the call on {group} to end");
    }

    /// <summary>Waits until the member's terminal holds the floor (from log position <paramref name="from"/>).</summary>
    internal Task AwaitPermissionAsync(CastMember member, int from) =>
        fleet.Log(member).WaitAsync(e => e.FloorState is { ToState: FloorParticipantState.HasPermission }, from, session.Timeout, $"{member.Name}'s terminal to hold the floor");

    private Task SpeakAsync(CastMember member, string callId) =>
        Rpc.CallAsync(() => _devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = member.DeviceId, CallId = callId, FrameCount = ShortBurstFrames, FrameIntervalMs = 0 }).ResponseAsync,
            $"speak for {member.Name}");

    private async Task<ReceivedMedia> FirstFrameAsync(UserName listener, UserName talker)
    {
        var member = cast.Get(listener);
        var id = cast.Get(talker).McpttId;
        // A frame a console's audio select kept off the speaker was received, not heard.
        var e = await fleet.Log(member).WaitAsync(e => e.Media is { AudioMuted: false } m && m.Packet.SenderMcpttId == id, fleet.Mark(member), session.Timeout, $"{listener} to hear {talker}");
        return e.Media;
    }

    private async Task<string> ConnectedPrivateAsync(UserName name)
    {
        var e = await fleet.Log(cast.Get(name)).WaitAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId.Length == 0, 0, session.Timeout,
            $"{name} to be connected in a private call");
        return e.Call.Call.CallId;
    }
}
