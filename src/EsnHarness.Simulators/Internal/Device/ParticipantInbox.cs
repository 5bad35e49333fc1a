using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.Internal.Mcx;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// The client side of TS 24.380 floor messages: what a floor participant does with each message from the floor control
/// server. Shared by terminals and the interworking function's seats, which are MCX clients alike.
/// </summary>
internal static class ParticipantInbox
{
    public static void Deliver(FloorParticipant participant, FloorEvent floor)
    {
        switch (floor.Kind)
        {
            case FloorEventKind.Granted:
                var queued = participant.State == ParticipantState.Queued;
                participant.OnGranted(TimeSpan.FromMilliseconds(floor.DurationLimitMs));
                if (queued)
                {
                    // The user is still holding PTT while queued, so the queued grant is accepted at once (T132).
                    participant.AcceptQueuedGrant();
                }

                break;
            case FloorEventKind.Taken:
                participant.OnTaken(floor.TalkerMcpttId);
                break;
            case FloorEventKind.Deny:
                participant.OnDeny(FloorStates.Of(floor.Cause));
                break;
            case FloorEventKind.Revoke:
                participant.OnRevoke(FloorStates.Of(floor.Cause));
                break;
            case FloorEventKind.Idle:
                participant.OnIdle();
                break;
            case FloorEventKind.QueuePositionInfo:
                participant.OnQueuePositionInfo((int)floor.QueuePosition);
                break;
        }
    }
}
