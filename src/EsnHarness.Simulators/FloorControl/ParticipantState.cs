namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// States of the floor participant (TS 24.380 §6.2.4, Figure 6.2.4.1-1, 'U: ...').
/// </summary>
public enum ParticipantState
{
    /// <summary>'Start-stop': not in a call (§6.2.4.2).</summary>
    StartStop,

    /// <summary>'U: has no permission' (§6.2.4.3).</summary>
    HasNoPermission,

    /// <summary>'U: pending Request': Floor Request sent, T101 running (§6.2.4.4).</summary>
    PendingRequest,

    /// <summary>'U: has permission': may send media (§6.2.4.5).</summary>
    HasPermission,

    /// <summary>'U: pending Release': Floor Release sent, T100 running (§6.2.4.6).</summary>
    PendingRelease,

    /// <summary>'U: queued': the request is queued at the server (§6.2.4.7).</summary>
    Queued,

    /// <summary>'Releasing': the call is being released (§6.2.4.8).</summary>
    Releasing,
}
