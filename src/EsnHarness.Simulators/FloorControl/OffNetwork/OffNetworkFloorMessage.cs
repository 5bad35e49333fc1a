namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>
/// One off-network floor control message, sent to every participant in radio range (MONP / RTCP APP over ProSe
/// one-to-many direct communication, TS 24.379 §4.1); <see cref="To"/> names the one it concerns, if any.
/// </summary>
/// <param name="Kind">The message.</param>
/// <param name="From">The sender's MCPTT ID.</param>
/// <param name="To">The participant a Granted, Deny or Queue Position Info is for; null otherwise.</param>
/// <param name="Priority">The priority of a Request (and of a Granted: the grantee's).</param>
/// <param name="Cause">The cause of a Deny.</param>
/// <param name="QueuePosition">The 1-based position in a Queue Position Info.</param>
/// <param name="Queue">With a Granted: the requests still queued, in order, which the grantee now arbitrates.</param>
public sealed record OffNetworkFloorMessage(
    OffNetworkMessageKind Kind,
    string From,
    string? To = null,
    FloorPriority Priority = default,
    FloorCause? Cause = null,
    int QueuePosition = 0,
    IReadOnlyList<QueuedRequest>? Queue = null);
