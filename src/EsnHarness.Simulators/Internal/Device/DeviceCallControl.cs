using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>What the user does with calls: PTT, starting, answering, ending calls and cancelling their emergency.</summary>
internal sealed class DeviceCallControl(
    string deviceId, DeviceCallTable calls, DeviceRegistration registration, DeviceUplink uplink, TimeProvider time, Action emergencyCallStarted)
{
    public async Task<PttResponse> PressPttAsync(PttRequest request, CancellationToken ct)
    {
        var pressedAt = Clock.Now(time);
        var call = Resolve(request.CallId, request.GroupId);
        if (call is null)
        {
            // PTT with no call up: the set-up carries the floor request (implicit floor request), so the call cannot
            // go idle, and end on a short hang timer, before a separate Floor Request arrives.
            var group = request.GroupId.Length > 0 ? request.GroupId : registration.RequireSelectedGroup();
            var pending = calls.Implicit.Expect(info => DeviceCallTable.IsOn(info, group), new FloorPriority(FloorStates.Of(request.Level), 0));
            var setup = await SetupWithImplicitRequestAsync(new SetupCallRequest
            {
                McpttId = registration.McpttId, CallType = CallType.PrearrangedGroup, GroupId = group, ImplicitFloorRequest = true,
            }, pending, ct);
            return new PttResponse { CallId = setup.Info.CallId, At = pressedAt };
        }

        if (call.Info.State == CallState.SettingUp)
        {
            call.PressWhenConnected = true;
        }
        else
        {
            call.Participant.PttPressed(DeviceCallTable.PriorityFor(call, request.Level));
        }

        return new PttResponse { CallId = call.Info.CallId, At = pressedAt };
    }

    public PttResponse ReleasePtt(PttRequest request)
    {
        var call = Resolve(request.CallId, request.GroupId)
            ?? throw Errors.Precondition($"device_id '{deviceId}' has no call to release PTT in (selected group '{registration.SelectedGroup}')");
        call.PressWhenConnected = false;
        call.Participant.PttReleased();
        return new PttResponse { CallId = call.Info.CallId, At = Clock.Now(time) };
    }

    public async Task<CallInfo> StartCallAsync(StartCallRequest request, CancellationToken ct)
    {
        var isGroup = request.CallType is CallType.PrearrangedGroup or CallType.ChatGroup or CallType.EmergencyGroup or CallType.ImminentPerilGroup or CallType.BroadcastGroup;
        var group = isGroup && request.GroupId.Length == 0 ? registration.RequireSelectedGroup() : request.GroupId;
        var setup = new SetupCallRequest
        {
            McpttId = registration.McpttId,
            CallType = request.CallType,
            GroupId = isGroup ? group : "",
            TargetMcpttId = request.TargetMcpttId,
            Commencement = request.Commencement,
            ImplicitFloorRequest = request.ImplicitFloorRequest,
            CandidateMcpttIds = { request.CandidateMcpttIds },
            TargetFunctionalAlias = request.TargetFunctionalAlias,
        };

        // The MCX service applies an implicit floor request only to a call that is active at once (a group call or an
        // automatic-commencement private call); a manual private call asks for the floor when it connects.
        DeviceCall call;
        if (request.ImplicitFloorRequest && (isGroup || request.Commencement == CommencementMode.Automatic))
        {
            var target = request.TargetMcpttId;
            var me = registration.McpttId;
            var pending = calls.Implicit.Expect(
                info => isGroup ? DeviceCallTable.IsOn(info, group) : info.GroupId.Length == 0 && info.InitiatorMcpttId == me && info.Participants.Contains(target),
                new FloorPriority(ImplicitFloorRequests.LevelOf(request.CallType), 0));
            call = await SetupWithImplicitRequestAsync(setup, pending, ct);
        }
        else
        {
            var response = await uplink.RequestAsync(mcx => mcx.SetupCallAsync(setup, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
            call = calls.CallFor(response.Call);
            call.PressWhenConnected = request.ImplicitFloorRequest;
        }

        var emergency = request.CallType is CallType.EmergencyGroup or CallType.ImminentPerilGroup or CallType.EmergencyPrivate;
        call.MyEmergency |= emergency;
        if (emergency)
        {
            // Alongside the call, not before it: the report must not delay the emergency floor request.
            emergencyCallStarted();
        }

        return call.Info;
    }

    public async Task<CallInfo> AnswerAsync(string callId, bool accept, CancellationToken ct)
    {
        var response = await uplink.RequestAsync(mcx => mcx.AnswerCallAsync(
            new AnswerCallRequest { McpttId = registration.McpttId, CallId = callId, Accept = accept }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Call;
    }

    public async Task<CallInfo> EndCallAsync(string callId, CancellationToken ct)
    {
        var response = await uplink.RequestAsync(mcx => mcx.EndCallAsync(
            new EndCallRequest { McpttId = registration.McpttId, CallId = callId }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        calls.Remove(callId);
        return response.Call;
    }

    public async Task<CallInfo> CancelEmergencyCallAsync(string callId, CancellationToken ct)
    {
        var response = await uplink.RequestAsync(mcx => mcx.CancelEmergencyCallAsync(
            new CancelEmergencyCallRequest { McpttId = registration.McpttId, CallId = callId }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Call;
    }

    /// <summary>
    /// Back on the network (from direct mode): enters the call running on <paramref name="groupId"/>, if any, by late entry
    /// (TS 23.379 §10.6.2.3.1.1.4). A terminal the service still counts in the call takes it up and reports it connected
    /// (the service's own CONNECTED was lost while it was out of service); one that is not joins it (the service connects
    /// it). Returns the call's ID, or "" when no call runs.
    /// </summary>
    public async Task<string> RejoinAsync(string groupId, CancellationToken ct)
    {
        var active = await uplink.RequestAsync(mcx => mcx.ListCallsAsync(new ListCallsRequest { GroupId = groupId }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        if (active.Calls.FirstOrDefault(c => c.State == CallState.Active) is not { } ongoing)
        {
            return "";
        }

        if (ongoing.Participants.Contains(registration.McpttId))
        {
            calls.EnteredLate(ongoing);
            return ongoing.CallId;
        }

        var joined = await uplink.RequestAsync(mcx => mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = registration.McpttId, CallType = CallType.PrearrangedGroup, GroupId = groupId,
        }, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        calls.CallFor(joined.Call);
        return joined.Call.CallId;
    }

    /// <summary>The named call, else the call on the selected group; null if none (PTT then sets one up or joins it).</summary>
    public DeviceCall? Resolve(string callId, string groupId = "") =>
        calls.Resolve(callId, callId.Length > 0 ? "" : groupId.Length > 0 ? groupId : registration.RequireSelectedGroup());

    private async Task<DeviceCall> SetupWithImplicitRequestAsync(SetupCallRequest setup, PendingImplicitRequest pending, CancellationToken ct)
    {
        SetupCallResponse response;
        try
        {
            response = await uplink.RequestAsync(mcx => mcx.SetupCallAsync(setup, uplink.Headers, cancellationToken: ct).ResponseAsync, ct);
        }
        catch
        {
            // Refused or no service: the set-up carried no request after all; the error goes to the caller.
            calls.Implicit.Forget(pending);
            throw;
        }

        var call = calls.CallFor(response.Call);
        if (response.Call.State == CallState.Active)
        {
            calls.Implicit.Claim(call, pending);
        }

        calls.Implicit.Forget(pending);
        return call;
    }
}
