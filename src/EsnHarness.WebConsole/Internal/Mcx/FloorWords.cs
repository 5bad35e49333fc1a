using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>Floor and call causes in the words a dispatcher reads.</summary>
internal static class FloorWords
{
    public static string Of(FloorCause cause) => cause switch
    {
        FloorCause.AnotherClientHasPermission => "another user is talking",
        FloorCause.InternalErrorOrTalkTimeExceeded => "talk time exceeded",
        FloorCause.OnlyOneParticipant => "only one participant",
        FloorCause.MediaBurstPreempted => "pre-empted by a higher priority",
        FloorCause.ReceiveOnly => "receive only",
        FloorCause.NoResources => "no resources",
        FloorCause.QueueFull => "the floor queue is full",
        _ => "refused",
    };

    public static string Of(CallCause cause) => cause switch
    {
        CallCause.NormalRelease => "ended",
        CallCause.RejectedByUser => "declined",
        CallCause.NoAnswer => "not answered",
        CallCause.UserNotReachable => "user not reachable",
        CallCause.MaxParticipantsReached => "the call is full",
        CallCause.MaxSimultaneousCalls => "too many calls at once",
        CallCause.HangTimerExpired => "ended (hang time)",
        _ => cause.ToString(),
    };
}
