using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl.OffNetwork;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// Where a direct-mode call's floor participant sends and reports: its messages go on the sidelink, its state changes
/// to the user's event stream (and to an observer such as a gateway), its end ends the call for the user. Runs under the
/// participant's lock: it never takes the terminal's lock.
/// </summary>
internal sealed class DirectModeFloorOutput(DirectModeContext context, DirectModeCall call, Action<DirectModeCall, OffNetworkState>? observer) : IOffNetworkFloorOutput
{
    public void Send(OffNetworkFloorMessage message) => context.Send(new FloorSignal(context.Self, call.CallId, message));

    public void StateChanged(OffNetworkState from, OffNetworkState to, string reason)
    {
        context.Events.Emit(new DeviceEvent
        {
            FloorState = new FloorParticipantChange
            {
                CallId = call.CallId, FromState = OffNetworkStates.Of(from), ToState = OffNetworkStates.Of(to),
                From = OffNetworkStates.Name(from), To = OffNetworkStates.Name(to), Reason = reason,
            },
        });
        if (to == OffNetworkState.StartStop)
        {
            context.EmitCall(CallEventKind.Ended, call.Info(context.Self, CallState.Ended), call.EndCause);
        }

        observer?.Invoke(call, to);
    }

    public void TalkTimeWarning()
    {
        // T207 runs; the talker loses the floor at its expiry (reported as the state change).
    }

    /// <summary>A queued user is still holding PTT: the grant is accepted at once.</summary>
    public void GrantOffered() => call.Participant?.AcceptQueuedGrant();
}
