namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>Off-network private call control messages (TS 24.379 §11.2; MONP message types 8 to 14).</summary>
internal enum PrivateCallSignalKind
{
    /// <summary>PRIVATE CALL SETUP REQUEST from the caller.</summary>
    SetupRequest,

    /// <summary>PRIVATE CALL RINGING: the called user is being alerted (manual commencement).</summary>
    Ringing,

    /// <summary>PRIVATE CALL ACCEPT from the called terminal.</summary>
    Accept,

    /// <summary>PRIVATE CALL ACCEPT ACK from the caller.</summary>
    AcceptAck,

    /// <summary>PRIVATE CALL REJECT from the called terminal.</summary>
    Reject,

    /// <summary>PRIVATE CALL RELEASE from either party.</summary>
    Release,

    /// <summary>PRIVATE CALL RELEASE ACK.</summary>
    ReleaseAck,
}
