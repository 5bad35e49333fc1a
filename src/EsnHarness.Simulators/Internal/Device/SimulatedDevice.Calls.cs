using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    /// <summary>Groups whose call this terminal is setting up with an implicit floor request, and the PTT's priority level.</summary>
    private readonly ConcurrentDictionary<string, Contracts.Common.V1.FloorPriorityLevel> _implicitPress = new(StringComparer.Ordinal);

    /// <summary>True once for a call whose set-up carried the floor request the participant is about to send.</summary>
    public bool TakeImplicitRequest(string callId) => _calls.TryGetValue(callId, out var call) && call.TakeImplicitRequest();

    public async Task<PttResponse> PressPttAsync(PttRequest request, CancellationToken ct)
    {
        var pressedAt = Clock.Now(Time);
        var call = ResolveCall(request.CallId, request.GroupId);
        if (call is null)
        {
            // PTT pressed to start the call: the set-up carries the floor request (TS 24.379 implicit floor request), so the
            // floor is the caller's from the start and no hang timer can end the new call before a separate request arrives.
            // The participant presses when the call is connected (before any floor message of the call is processed).
            var group = request.GroupId.Length > 0 ? request.GroupId : RequireSelectedGroup();
            _implicitPress[group] = request.Level;
            SetupCallResponse setup;
            try
            {
                setup = await UplinkAsync(mcx => mcx.SetupCallAsync(new SetupCallRequest
                {
                    McpttId = McpttId, CallType = CallType.PrearrangedGroup, GroupId = group, ImplicitFloorRequest = true,
                }, Headers, cancellationToken: ct).ResponseAsync, ct);
            }
            catch
            {
                _implicitPress.TryRemove(group, out _);
                throw;
            }

            call = CallFor(setup.Call);
            if (setup.Call.State == CallState.Active || !_implicitPress.TryRemove(group, out _))
            {
                return new PttResponse { CallId = call.Info.CallId, At = pressedAt };
            }
        }

        if (call.Info.State == CallState.SettingUp)
        {
            call.PressWhenConnected = true;
        }
        else
        {
            call.Participant.PttPressed(PriorityFor(call, request.Level));
        }

        return new PttResponse { CallId = call.Info.CallId, At = pressedAt };
    }

    public PttResponse ReleasePtt(PttRequest request)
    {
        var call = ResolveCall(request.CallId, request.GroupId)
            ?? throw Errors.Precondition($"device_id '{DeviceId}' has no call to release PTT in (selected group '{_selectedGroup}')");
        call.PressWhenConnected = false;
        call.Participant.PttReleased();
        return new PttResponse { CallId = call.Info.CallId, At = Clock.Now(Time) };
    }

    public async Task<CallInfo> StartCallAsync(StartCallRequest request, CancellationToken ct)
    {
        var isGroup = request.CallType is not (CallType.Private or CallType.EmergencyPrivate);
        var group = isGroup && request.GroupId.Length == 0 ? RequireSelectedGroup() : request.GroupId;
        var response = await UplinkAsync(mcx => mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = McpttId,
            CallType = request.CallType,
            GroupId = isGroup ? group : "",
            TargetMcpttId = request.TargetMcpttId,
            Commencement = request.Commencement,
        }, Headers, cancellationToken: ct).ResponseAsync, ct);
        var call = CallFor(response.Call);
        call.MyEmergency |= request.CallType is CallType.EmergencyGroup or CallType.ImminentPerilGroup or CallType.EmergencyPrivate;
        if (request.ImplicitFloorRequest)
        {
            if (response.Call.State == CallState.Active)
            {
                call.Participant.PttPressed(PriorityFor(call, Contracts.Common.V1.FloorPriorityLevel.Normal));
            }
            else
            {
                call.PressWhenConnected = true;
            }
        }

        return call.Info;
    }

    public async Task<CallInfo> AnswerAsync(string callId, bool accept, CancellationToken ct)
    {
        var response = await UplinkAsync(mcx => mcx.AnswerCallAsync(
            new AnswerCallRequest { McpttId = McpttId, CallId = callId, Accept = accept }, Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Call;
    }

    public async Task<CallInfo> EndCallAsync(string callId, CancellationToken ct)
    {
        var response = await UplinkAsync(mcx => mcx.EndCallAsync(
            new EndCallRequest { McpttId = McpttId, CallId = callId }, Headers, cancellationToken: ct).ResponseAsync, ct);
        if (_calls.TryRemove(callId, out var call))
        {
            call.Participant.Stop();
        }

        return response.Call;
    }

    public async Task<CallInfo> CancelEmergencyCallAsync(string callId, CancellationToken ct)
    {
        var response = await UplinkAsync(mcx => mcx.CancelEmergencyCallAsync(
            new CancelEmergencyCallRequest { McpttId = McpttId, CallId = callId }, Headers, cancellationToken: ct).ResponseAsync, ct);
        return response.Call;
    }

    public async Task<VoiceBurstResponse> SendVoiceBurstAsync(VoiceBurstRequest request, CancellationToken ct)
    {
        var call = ResolveCall(request.CallId)
            ?? throw Errors.Precondition($"device_id '{DeviceId}' has no call to talk in (selected group '{_selectedGroup}')");
        if (call.Participant.State != ParticipantState.HasPermission)
        {
            throw Errors.Precondition(
                $"device_id '{DeviceId}' does not hold the floor in call '{call.Info.CallId}' (floor state {call.Participant.State}): press PTT and wait for Floor Granted");
        }

        if (request.FrameCount is 0 or > 10_000)
        {
            throw Errors.Invalid($"field 'frame_count' must be 1..10000, got {request.FrameCount}");
        }

        var burst = (uint)call.NextBurst();
        var size = request.FrameSizeBytes == 0 ? 33 : (int)Math.Min(request.FrameSizeBytes, 1500);
        Task previous = Task.CompletedTask;
        uint dropped = 0;
        for (uint i = 0; i < request.FrameCount; i++)
        {
            var packet = new MediaPacket
            {
                CallId = call.Info.CallId, SenderMcpttId = McpttId, BurstId = burst, Sequence = i,
                Payload = Google.Protobuf.ByteString.CopyFrom(new byte[size]), FrameDurationMs = request.FrameIntervalMs == 0 ? 20 : request.FrameIntervalMs,
                SentAt = Clock.Now(Time), LastInBurst = i == request.FrameCount - 1,
            };
            if (!_link.InService || Lost())
            {
                dropped++;
            }
            else
            {
                previous = SendFrameAsync(packet, previous, ct);
            }

            if (request.FrameIntervalMs > 0 && i + 1 < request.FrameCount)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(request.FrameIntervalMs), Time, ct); // allowed: voice frames are paced at the codec frame interval
            }
        }

        await previous;
        if (request.ReleaseAfter)
        {
            call.Participant.PttReleased();
        }

        return new VoiceBurstResponse { BurstId = burst, FramesSent = request.FrameCount, FramesDroppedUplink = dropped };
    }

    /// <summary>Sends a frame after its modelled uplink delay, but never before the previous frame (RTP order).</summary>
    private async Task SendFrameAsync(MediaPacket packet, Task previous, CancellationToken ct)
    {
        var delay = UplinkDelay();
        packet.UplinkModelledDelayUs = delay.Ticks / 10;
        await DelayAsync(delay, ct);
        await previous;
        await _mcx.SendMediaAsync(packet, Headers, cancellationToken: ct);
    }

    /// <summary>The named call, else this terminal's call on the selected group; null if none (PTT then sets one up or joins it).</summary>
    private DeviceCall? ResolveCall(string callId, string groupId = "")
    {
        if (callId.Length > 0)
        {
            return _calls.TryGetValue(callId, out var known)
                ? known
                : throw Errors.NotFound($"call_id '{callId}' is not a call of device '{DeviceId}'");
        }

        var group = groupId.Length > 0 ? groupId : RequireSelectedGroup();
        return _calls.Values.FirstOrDefault(c => c.Info.GroupId == group);
    }

    private string RequireSelectedGroup() =>
        _selectedGroup.Length > 0 ? _selectedGroup
            : throw Errors.Precondition($"device_id '{DeviceId}' has no selected group: call SelectGroup or name a call_id");
}
