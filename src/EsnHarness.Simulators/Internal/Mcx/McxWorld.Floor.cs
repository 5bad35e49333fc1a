using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using FloorPriorityLevel = EsnHarness.Simulators.FloorControl.FloorPriorityLevel;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    public void RequestFloor(FloorRequestMessage request)
    {
        lock (_gate)
        {
            var (client, call) = RequireParticipant(request.McpttId, request.CallId);
            if (request.Priority > 255)
            {
                throw Errors.Invalid($"field 'priority' must be 0..255, got {request.Priority}");
            }

            var level = FloorStates.Of(request.Level);
            if (!System.Enum.IsDefined(level))
            {
                throw Errors.Invalid($"field 'level' has unknown value {(int)request.Level}");
            }

            if (level > DefaultLevel(call, client.McpttId))
            {
                throw Errors.Denied(
                    $"mcptt_id '{client.McpttId}' may not request the floor at {request.Level} in call '{call.CallId}': only the user who started the emergency or imminent-peril call may");
            }

            FloorRequestLocked(client, call, PriorityOf(client, call, level, request.Priority));
        }
    }

    /// <summary>A Floor Request, explicit or carried by the call set-up (implicit), after the profile's N7 check.</summary>
    private void FloorRequestLocked(McxClientSession client, McxCall call, FloorPriority priority)
    {
        if (ExceedsTransmissionLimit(client, call))
        {
            new CallFloorOutput(this, call.CallId).Deny(client.McpttId, EsnHarness.Simulators.FloorControl.FloorCause.NoResources);
            return;
        }

        call.Arbitrator!.FloorRequest(client.McpttId, priority);
    }

    /// <summary>
    /// N7 (TS 24.484 user profile, ESN-DOMAIN §4): a user already holding the floor in max_simultaneous_transmissions other
    /// calls may not take another. The request is denied with cause 6 "no resources available" (assumption: TS 24.380
    /// names no cause of its own for the profile limit; cause 6 is the one that says the server will not give this user
    /// another floor). Checked when the request arrives, as a grant decision.
    /// </summary>
    private bool ExceedsTransmissionLimit(McxClientSession client, McxCall call)
    {
        if (call.Arbitrator!.Talker == client.McpttId)
        {
            return false;
        }

        var held = _calls.Values.Count(c => c != call && c.State == CallState.Active && c.Arbitrator?.Talker == client.McpttId);
        return held >= client.Profile.MaxSimultaneousTransmissions;
    }

    public void ReleaseFloor(FloorReleaseMessage request)
    {
        lock (_gate)
        {
            var (client, call) = RequireParticipant(request.McpttId, request.CallId);
            var wasTalker = call.Arbitrator!.Talker == client.McpttId;
            call.Arbitrator.FloorRelease(client.McpttId);
            if (wasTalker && call.Type == CallType.BroadcastGroup && call.Initiator == client.McpttId)
            {
                EndCallLocked(call, CallCause.BroadcastEnded);
            }
        }
    }

    public void RequestQueuePosition(QueuePositionRequestMessage request)
    {
        lock (_gate)
        {
            var (client, call) = RequireParticipant(request.McpttId, request.CallId);
            call.Arbitrator!.QueuePositionRequest(client.McpttId);
        }
    }

    public uint SendMedia(MediaPacket packet)
    {
        var received = Clock.Now(time);
        lock (_gate)
        {
            var (client, call) = RequireParticipant(packet.SenderMcpttId, packet.CallId);
            var arbitrator = call.Arbitrator!;
            var isTalker = arbitrator.Talker == client.McpttId;
            arbitrator.MediaReceived(client.McpttId);
            if (!isTalker)
            {
                return 0;
            }

            var relayed = packet.Clone();
            relayed.ServerReceivedAt = received;
            relayed.ServerForwardedAt = Clock.Now(time);
            var receivers = call.Participants.Where(p => p != client.McpttId).ToList();
            SendToMany(receivers, () => new McxEvent { Media = relayed });
            return (uint)receivers.Count;
        }
    }

    private (McxClientSession Client, McxCall Call) RequireParticipant(string mcpttId, string callId)
    {
        var client = RequireClient(mcpttId, "mcptt_id");
        var call = RequireCall(callId, "call_id");
        if (call.State != CallState.Active || !call.Participants.Contains(mcpttId) || call.Arbitrator is null)
        {
            throw Errors.Precondition(call.State == CallState.Active
                ? $"mcptt_id '{mcpttId}' is not a participant of call '{callId}'"
                : $"call '{callId}' is not active yet (state {call.State}): the called user must accept first");
        }

        return (client, call);
    }

    private static FloorPriorityLevel DefaultLevel(McxCall call, string mcpttId)
    {
        if (call.EmergencyUser != mcpttId && !(call.Emergency && call.EmergencyUsers.Contains(mcpttId)))
        {
            return FloorPriorityLevel.Normal;
        }

        return call.Emergency ? FloorPriorityLevel.Emergency
            : call.ImminentPeril ? FloorPriorityLevel.ImminentPeril
            : FloorPriorityLevel.Normal;
    }

    private static FloorPriority PriorityOf(McxClientSession client, McxCall call, FloorPriorityLevel level, uint priority) =>
        new(level, (int)(priority == 0 ? client.Profile.FloorPriority : priority));
}
