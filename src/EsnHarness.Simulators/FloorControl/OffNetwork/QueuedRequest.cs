namespace EsnHarness.Simulators.FloorControl.OffNetwork;

/// <summary>A request waiting in the talker's queue, handed on with the floor.</summary>
/// <param name="Participant">The requester's MCPTT ID.</param>
/// <param name="Priority">The priority it asked with.</param>
public sealed record QueuedRequest(string Participant, FloorPriority Priority);
