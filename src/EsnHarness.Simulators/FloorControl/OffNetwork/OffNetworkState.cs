namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>States of the off-network floor participant (TS 24.380 §7.2, Annex C.2 table C.2.1-1, 'O: ...').</summary>
public enum OffNetworkState
{
    /// <summary>'Start-stop': not in a call.</summary>
    StartStop,

    /// <summary>'O: silence': no known arbitrator, no own request, no media.</summary>
    Silence,

    /// <summary>'O: has no permission': someone else talks (and arbitrates); T203 watches their media.</summary>
    HasNoPermission,

    /// <summary>'O: pending request': Floor Request sent, T201 running.</summary>
    PendingRequest,

    /// <summary>'O: has permission': this client talks and arbitrates the floor.</summary>
    HasPermission,

    /// <summary>'O: pending granted': this client granted the floor to another and waits for the grantee's media (T205).</summary>
    PendingGranted,

    /// <summary>'O: queued': the request sits in the talker's queue.</summary>
    Queued,
}
