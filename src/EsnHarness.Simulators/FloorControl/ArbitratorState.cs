namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// States of the floor control server's general floor control operation
/// (TS 24.380 §6.3.4, Figure 6.3.4.1-1).
/// </summary>
public enum ArbitratorState
{
    /// <summary>'Start-stop': not started or stopped (§6.3.4.2).</summary>
    StartStop,

    /// <summary>'G: Floor Idle': nobody has permission (§6.3.4.3).</summary>
    FloorIdle,

    /// <summary>'G: Floor Taken': one participant has permission (§6.3.4.4).</summary>
    FloorTaken,

    /// <summary>'G: pending Floor Revoke': the talker was revoked, T3 grace running (§6.3.4.5).</summary>
    PendingFloorRevoke,

    /// <summary>'Releasing': the call is being released (§6.3.4.6).</summary>
    Releasing,

    /// <summary>'G: Initialising': the call is being set up (§6.3.4.7).</summary>
    FloorInitialising,
}
