namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Reject causes carried by Floor Deny (TS 24.380 §8.2.6.2, Table 8.2.6.2-1) and Floor Revoke
/// (Table 8.2.6.2-2); the numeric value is the one sent on the wire.
/// </summary>
public enum FloorCause
{
    /// <summary>Deny: another MCPTT client has permission.</summary>
    AnotherClientHasPermission = 1,

    /// <summary>Deny: internal floor control server error. Revoke: the talk time limit was exceeded.</summary>
    InternalErrorOrTalkTimeExceeded = 2,

    /// <summary>Deny: only one participant. Revoke: media burst sent without permission.</summary>
    OnlyOneParticipant = 3,

    /// <summary>Revoke: the media burst was pre-empted by a higher-priority request.</summary>
    MediaBurstPreempted = 4,

    /// <summary>Deny: the participant is only allowed to receive (e.g. broadcast group call).</summary>
    ReceiveOnly = 5,

    /// <summary>Revoke: no resources available.</summary>
    NoResources = 6,

    /// <summary>Deny: the floor request queue is full (queueing on).</summary>
    QueueFull = 7,

    /// <summary>Any other reason.</summary>
    Other = 255,
}
