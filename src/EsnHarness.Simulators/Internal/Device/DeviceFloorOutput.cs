using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Carries the participant machine's messages to the MCX service over the modelled uplink, without blocking it.</summary>
internal sealed class DeviceFloorOutput(SimulatedDevice device, string callId) : IParticipantOutput
{
    public void SendFloorRequest(FloorPriority priority) =>
        device.Fire(mcx => mcx.RequestFloorAsync(new FloorRequestMessage
        {
            McpttId = device.McpttId,
            CallId = callId,
            Level = FloorStates.Of(priority.Level),
            Priority = (uint)priority.Priority,
        }, device.Headers).ResponseAsync, lossy: true);

    public void SendFloorRelease() =>
        device.Fire(mcx => mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = device.McpttId, CallId = callId }, device.Headers).ResponseAsync, lossy: true);

    public void SendQueuePositionRequest() =>
        device.Fire(mcx => mcx.RequestQueuePositionAsync(new QueuePositionRequestMessage { McpttId = device.McpttId, CallId = callId }, device.Headers).ResponseAsync, lossy: true);

    public void StateChanged(ParticipantState from, ParticipantState to, string reason) =>
        device.Emit(new DeviceEvent
        {
            FloorState = new FloorParticipantChange
            {
                CallId = callId, FromState = FloorStates.Of(from), ToState = FloorStates.Of(to), From = from.ToString(), To = to.ToString(), Reason = reason,
            },
        });
}
