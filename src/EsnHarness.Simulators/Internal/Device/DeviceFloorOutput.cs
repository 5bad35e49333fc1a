using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Carries a call's floor participant messages to the MCX service over the modelled uplink, without blocking the machine.</summary>
internal sealed class DeviceFloorOutput(DeviceUplink uplink, DeviceRegistration registration, DeviceEventLog events, string callId) : IParticipantOutput
{
    public void SendFloorRequest(FloorPriority priority) =>
        uplink.Send("Floor Request", mcx => mcx.RequestFloorAsync(new FloorRequestMessage
        {
            McpttId = registration.McpttId,
            CallId = callId,
            Level = FloorStates.Of(priority.Level),
            Priority = (uint)priority.Priority,
        }, uplink.Headers).ResponseAsync, lossy: true);

    public void SendFloorRelease() =>
        uplink.Send("Floor Release", mcx => mcx.ReleaseFloorAsync(
            new FloorReleaseMessage { McpttId = registration.McpttId, CallId = callId }, uplink.Headers).ResponseAsync, lossy: true);

    public void SendQueuePositionRequest() =>
        uplink.Send("Floor Queue Position Request", mcx => mcx.RequestQueuePositionAsync(
            new QueuePositionRequestMessage { McpttId = registration.McpttId, CallId = callId }, uplink.Headers).ResponseAsync, lossy: true);

    public void StateChanged(ParticipantState from, ParticipantState to, string reason) =>
        events.Emit(new DeviceEvent
        {
            FloorState = new FloorParticipantChange
            {
                CallId = callId, FromState = FloorStates.Of(from), ToState = FloorStates.Of(to), From = from.ToString(), To = to.ToString(), Reason = reason,
            },
        });
}
