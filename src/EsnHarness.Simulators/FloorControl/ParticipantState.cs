namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// States of the floor participant (TS 24.380 §6.2.4, Figure 6.2.4.1-1, 'U: ...').
/// </summary>
public enum ParticipantState
{
    /// <summary>'Start-stop': not in a call.</summary>
    StartStop,

    /// <summary>'U: has no permission'.</summary>
    HasNoPermission,

    /// <summary>'U: pending Request': Floor Request sent, T101 running.</summary>
    PendingRequest,

    /// <summary>'U: has permission': may send media.</summary>
    HasPermission,

    /// <summary>'U: pending Release': Floor Release sent, T100 running.</summary>
    PendingRelease,

    /// <summary>'U: queued': the request is queued at the server.</summary>
    Queued,

    /// <summary>'Releasing': the call is being released.</summary>
    Releasing,
}
