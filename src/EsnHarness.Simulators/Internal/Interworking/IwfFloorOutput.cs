using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// Carries the interworking function's floor participant messages to the MCX service (fire and forget, so the
/// participant machine never blocks) and its state changes back to the bridge, which tells the TETRA radios.
/// </summary>
internal sealed class IwfFloorOutput(IwfBridge bridge, string callId) : IParticipantOutput
{
    public void SendFloorRequest(FloorPriority priority) =>
        bridge.Fire((mcx, headers) => mcx.RequestFloorAsync(new FloorRequestMessage
        {
            McpttId = bridge.Bridge.IwfMcpttId,
            CallId = callId,
            Level = FloorStates.Of(priority.Level),
            Priority = (uint)priority.Priority,
        }, headers).ResponseAsync);

    public void SendFloorRelease() =>
        bridge.Fire((mcx, headers) => mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = bridge.Bridge.IwfMcpttId, CallId = callId }, headers).ResponseAsync);

    public void SendQueuePositionRequest() =>
        bridge.Fire((mcx, headers) => mcx.RequestQueuePositionAsync(
            new QueuePositionRequestMessage { McpttId = bridge.Bridge.IwfMcpttId, CallId = callId }, headers).ResponseAsync);

    public void StateChanged(ParticipantState from, ParticipantState to, string reason) => bridge.OnParticipantState(from, to, reason);
}
