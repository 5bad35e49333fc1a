using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// Sends the arbitrator's messages to the participants' downlinks. Called under the arbitrator's lock, so it
/// only enqueues; call-layer reactions (hang timer) are handed to the thread pool to keep lock order world → arbitrator.
/// </summary>
internal sealed class CallFloorOutput(McxWorld world, string callId) : IArbitratorOutput
{
    public void Granted(string participant, TimeSpan durationLimit) =>
        Send(participant, new FloorEvent
        {
            Kind = FloorEventKind.Granted,
            TalkerMcpttId = participant,
            DurationLimitMs = (uint)Math.Max(0, durationLimit.TotalMilliseconds),
        });

    public void Taken(string participant, string talker) =>
        Send(participant, new FloorEvent
        {
            Kind = FloorEventKind.Taken,
            TalkerMcpttId = talker,
            TalkerFunctionalAlias = world.FunctionalAliasOf(talker),
        });

    public void Deny(string participant, FloorCause cause) =>
        Send(participant, new FloorEvent { Kind = FloorEventKind.Deny, Cause = FloorStates.Of(cause) });

    public void Revoke(string participant, FloorCause cause) =>
        Send(participant, new FloorEvent { Kind = FloorEventKind.Revoke, Cause = FloorStates.Of(cause) });

    public void Idle(string participant) => Send(participant, new FloorEvent { Kind = FloorEventKind.Idle });

    public void QueuePositionInfo(string participant, int position) =>
        Send(participant, new FloorEvent { Kind = FloorEventKind.QueuePositionInfo, QueuePosition = (uint)position });

    public void CallInactive() => ThreadPool.UnsafeQueueUserWorkItem(w => w.OnCallInactive(callId), world, preferLocal: false);

    private void Send(string participant, FloorEvent e)
    {
        e.CallId = callId;
        world.SendTo(participant, new McxEvent { Floor = e });
    }
}
