using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    private void AddParticipantLocked(McxCall call, McxClientSession client)
    {
        call.Participants.Add(client.McpttId);
        client.Calls.Add(call.CallId);
    }

    private void StartFloorLocked(McxCall call, GroupConfig? group)
    {
        var timers = settings.FloorTimers with
        {
            T2 = group is null ? settings.FloorTimers.T2 : TimeSpan.FromMilliseconds(group.MaxTalkTimeMs),
            T4 = group is null ? settings.FloorTimers.T4 : TimeSpan.FromMilliseconds(group.HangTimeMs),
            T3 = group?.AudioCutIn == true ? TimeSpan.Zero : settings.FloorTimers.T3,
        };
        var options = new ArbitratorOptions(
            timers,
            QueueingEnabled: group?.QueueingEnabled ?? true,
            MaxQueueLength: (int)(group?.MaxQueueLength ?? Profiles.DefaultMaxQueueLength),
            BroadcastInitiator: call.Type == CallType.BroadcastGroup ? call.Initiator : null,
            AudioCutIn: group?.AudioCutIn ?? false,
            Defects: scope.Defects);
        call.Arbitrator = new FloorArbitrator(options, time, new CallFloorOutput(this, call.CallId));
        call.Arbitrator.Start(call.Participants);
    }

    private void LateEntryLocked(McxClientSession client, string groupId)
    {
        var call = _calls.Values.FirstOrDefault(c => Patches.Joins(c.GroupId, groupId) && c.State == CallState.Active && c.Type != CallType.ChatGroup);
        if (call is null || call.Participants.Contains(client.McpttId) || IsFull(call)
            || client.Calls.Count >= client.Profile.MaxSimultaneousCalls)
        {
            return;
        }

        AddParticipantLocked(call, client);
        SendCallEvent(client.McpttId, CallEventKind.Connected, call.ToInfo());
        call.Arbitrator!.Join(client.McpttId);
    }

    private void LeaveCallLocked(McxClientSession client, McxCall call)
    {
        var endsForAll = !call.IsGroup || (call.Type == CallType.BroadcastGroup && call.Initiator == client.McpttId);
        if (endsForAll)
        {
            EndCallLocked(call, call.IsGroup ? CallCause.BroadcastEnded : CallCause.NormalRelease);
            return;
        }

        call.Participants.Remove(client.McpttId);
        client.Calls.Remove(call.CallId);
        call.Arbitrator?.Leave(client.McpttId);
        var info = call.ToInfo();
        SendCallEvent(client.McpttId, CallEventKind.Ended, info, CallCause.NormalRelease);
        if (call.Participants.Count == 0)
        {
            EndCallLocked(call, CallCause.NormalRelease);
        }
    }

    private void EndCallLocked(McxCall call, CallCause cause)
    {
        if (call.State == CallState.Ended)
        {
            return;
        }

        call.Arbitrator?.Stop();
        call.DurationTimer?.Dispose();
        call.NoAnswerTimer?.Dispose();
        call.State = CallState.Ended;
        call.EndCause = cause;
        _calls.Remove(call.CallId);
        var info = call.ToInfo();
        SendToMany(call.Participants, () => new McxEvent { Call = new CallEvent { Kind = CallEventKind.Ended, Call = info, Cause = cause } });

        if (call.Target.Length > 0 && !call.Participants.Contains(call.Target))
        {
            SendCallEvent(call.Target, CallEventKind.Ended, info, cause);
        }

        RemoveFromCalls(call);
    }

    private void RemoveFromCalls(McxCall call)
    {
        foreach (var id in call.Participants.Append(call.Target))
        {
            if (_clients.TryGetValue(id, out var c))
            {
                c.Calls.Remove(call.CallId);
            }
        }
    }

    private void BroadcastCallEvent(McxCall call, CallEventKind kind, CallCause cause = CallCause.Unspecified)
    {
        // One event for every participant: on a multiplexed downlink it is queued and serialised once, not once per
        // member (a 1,000-member call's participant list sent 1,000 times was the bulk of a large call's setup).
        var info = call.ToInfo();
        SendToMany(call.Participants, () => new McxEvent { Call = new CallEvent { Kind = kind, Call = info, Cause = cause } });
    }

    private void SendCallEvent(string mcpttId, CallEventKind kind, CallInfo info, CallCause cause = CallCause.Unspecified) =>
        SendTo(mcpttId, new McxEvent { Call = new CallEvent { Kind = kind, Call = info, Cause = cause } });
}
