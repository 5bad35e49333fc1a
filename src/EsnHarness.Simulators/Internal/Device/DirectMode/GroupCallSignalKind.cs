namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>Off-network group call control messages (TS 24.379 §10.2; MONP message types 1 and 2).</summary>
internal enum GroupCallSignalKind
{
    /// <summary>GROUP CALL PROBE: is a call running on the group? (answered by GROUP CALL ANNOUNCEMENT).</summary>
    Probe,

    /// <summary>GROUP CALL ANNOUNCEMENT: a call runs on the group, with its ID, type and originator.</summary>
    Announcement,
}
