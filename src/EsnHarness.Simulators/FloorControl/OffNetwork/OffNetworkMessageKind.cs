namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>Floor control messages off-network (TS 24.380 §8.2; subtype numbers in the comments). Off-network never sends
/// Floor Idle or Floor Revoke.</summary>
public enum OffNetworkMessageKind
{
    /// <summary>Floor Request (0): the sender wants to talk.</summary>
    Request,

    /// <summary>Floor Granted (1): the talker hands the floor (and its queue) to <see cref="OffNetworkFloorMessage.To"/>.</summary>
    Granted,

    /// <summary>Floor Taken (2): the sender talks (after nobody answered its requests).</summary>
    Taken,

    /// <summary>Floor Deny (3) to <see cref="OffNetworkFloorMessage.To"/> with a cause.</summary>
    Deny,

    /// <summary>Floor Release (4): the sender stopped talking or withdrew its request.</summary>
    Release,

    /// <summary>Floor Queue Position Info (9) to <see cref="OffNetworkFloorMessage.To"/>.</summary>
    QueuePositionInfo,
}
