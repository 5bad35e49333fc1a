using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Floor;
using EsnHarness.Simulators.Internal.Mcx.Recording;
using EsnHarness.Simulators.Internal.Mcx.Registry;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// What every kind of call goes through once set up: becoming active (its floor starts), a party entering late or
/// leaving, the end, and the call events each step sends; the recorder records each call from activation to end. Used only
/// under <see cref="McxCalls"/>' lock, on its table.
/// </summary>
internal sealed class CallLifecycle(McxCalls owner, CallTable table, McxFloor floor, McxDownlinks downlinks, WorldScope scope, McxRecorder recorder)
{
    /// <summary>The call is up: its floor starts with the participants it has (Floor Idle to all).</summary>
    public void Activate(McxCall call, GroupConfig? group)
    {
        recorder.Open(call, group);
        call.Floor = floor.Start(call, group, owner.OnFloorInactive);
        McxLog.CallStarted(scope.Logger, scope.Namespace, call.CallId, call.Type.ToString(),
            call.IsGroup ? call.GroupId : call.Target, call.Initiator, call.Participants.Count);
    }

    /// <summary>
    /// A user enters an active call (late entry after affiliating, or joining it): added to the call, told Call Connected,
    /// then told by the floor who is talking (Floor Taken) or that the floor is idle, then receives the talker's media
    /// from that moment on (TS 24.379 §10.1.2 late entry; TS 24.380 §6.3.5). Each event goes out as it happens.
    /// </summary>
    public void Enter(McxCall call, McxUser user)
    {
        table.AddParticipant(call, user.McpttId);
        Send(user.McpttId, CallEventKind.Connected, call.ToInfo());
        call.Floor!.Join(user.McpttId);
    }

    /// <summary>A participant leaves; a private call, or a broadcast its initiator leaves, ends for everyone.</summary>
    public void Leave(string mcpttId, McxCall call)
    {
        var endsForAll = !call.IsGroup || (call.Type == CallType.BroadcastGroup && call.Initiator == mcpttId);
        if (endsForAll)
        {
            End(call, call.IsGroup ? CallCause.BroadcastEnded : CallCause.NormalRelease);
            return;
        }

        table.RemoveParticipant(call, mcpttId);
        call.Floor?.Leave(mcpttId);
        Send(mcpttId, CallEventKind.Ended, call.ToInfo(), CallCause.NormalRelease);
        if (call.Participants.Count == 0)
        {
            End(call, CallCause.NormalRelease);
        }
    }

    public void End(McxCall call, CallCause cause, string reason = "")
    {
        if (call.State == CallState.Ended)
        {
            return;
        }

        if (call.Floor is { } callFloor)
        {
            floor.Stop(callFloor);
        }

        call.DurationTimer?.Dispose();
        call.NoAnswerTimer?.Dispose();
        call.State = CallState.Ended;
        call.EndCause = cause;
        recorder.Close(call.CallId);
        table.Remove(call);
        var info = call.ToInfo();
        downlinks.SendToMany(call.Participants, () => new McxEvent { Call = new CallEvent { Kind = CallEventKind.Ended, Call = info, Cause = cause, Reason = reason } });
        if (call.Target.Length > 0 && !call.Participants.Contains(call.Target))
        {
            Send(call.Target, CallEventKind.Ended, info, cause);
        }

        // A first-to-answer call ended while still ringing: those still offered it stop ringing.
        downlinks.SendToMany(call.Candidates.Where(c => !call.Participants.Contains(c)).ToList(),
            () => new McxEvent { Call = new CallEvent { Kind = CallEventKind.Ended, Call = info, Cause = cause } });

        McxLog.CallEnded(scope.Logger, scope.Namespace, call.CallId, Errors.CallCauseName(cause));
        if (call.ResourceSession.Length > 0)
        {
            owner.ReleaseResources(call.ResourceSession);
        }
    }

    /// <summary>N6 (TS 24.484): the user may take part in at most max_simultaneous_calls calls.</summary>
    public void RequireCapacity(McxUser user)
    {
        var count = table.CountOf(user.McpttId);
        if (count >= user.Profile.MaxSimultaneousCalls)
        {
            throw Errors.Call(StatusCode.ResourceExhausted, CallCause.MaxSimultaneousCalls,
                $"mcptt_id '{user.McpttId}' is in {count} calls, its profile limit N6 (max_simultaneous_calls = {user.Profile.MaxSimultaneousCalls})");
        }
    }

    /// <summary>The call's emergency state changed: the floor learns who may now request at which level.</summary>
    public void RightsChanged(McxCall call)
    {
        if (call.Floor is { } callFloor)
        {
            callFloor.Rights = call.Rights();
        }
    }

    /// <summary>One event for every participant: on a multiplexed downlink it is queued and serialised once, not once per
    /// member (a 1,000-member call's participant list sent 1,000 times was the bulk of a large call's set-up).</summary>
    public void Broadcast(McxCall call, CallEventKind kind, CallCause cause = CallCause.Unspecified)
    {
        var info = call.ToInfo();
        downlinks.SendToMany(call.Participants, () => new McxEvent { Call = new CallEvent { Kind = kind, Call = info, Cause = cause } });
    }

    public void Send(string mcpttId, CallEventKind kind, CallInfo info, CallCause cause = CallCause.Unspecified) =>
        downlinks.SendTo(mcpttId, new McxEvent { Call = new CallEvent { Kind = kind, Call = info, Cause = cause } });
}
