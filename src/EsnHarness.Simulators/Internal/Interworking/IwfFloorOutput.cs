using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// Carries one seat's floor participant messages to the MCX service under the seat's identity (without blocking the
/// machine) and its state changes to the bridge floor, which tells the TETRA radio.
/// </summary>
internal sealed class IwfFloorOutput(IwfUplink uplink, FloorSeat seat, string callId, Action<FloorSeat, ParticipantState, ParticipantState, string> stateChanged)
    : IParticipantOutput
{
    public void SendFloorRequest(FloorPriority priority) =>
        uplink.Send("Floor Request", (mcx, headers, ct) => mcx.RequestFloorAsync(new FloorRequestMessage
        {
            McpttId = seat.McpttId,
            CallId = callId,
            Level = FloorStates.Of(priority.Level),
            Priority = (uint)priority.Priority,
        }, headers, cancellationToken: ct).ResponseAsync);

    public void SendFloorRelease() =>
        uplink.Send("Floor Release", (mcx, headers, ct) => mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = seat.McpttId, CallId = callId }, headers, cancellationToken: ct).ResponseAsync);

    public void SendQueuePositionRequest() =>
        uplink.Send("Floor Queue Position Request", (mcx, headers, ct) => mcx.RequestQueuePositionAsync(
            new QueuePositionRequestMessage { McpttId = seat.McpttId, CallId = callId }, headers, cancellationToken: ct).ResponseAsync);

    public void StateChanged(ParticipantState from, ParticipantState to, string reason) => stateChanged(seat, from, to, reason);
}
