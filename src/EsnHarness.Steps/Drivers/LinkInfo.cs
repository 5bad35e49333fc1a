using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A terminal's radio link as the network model sees it, with its bearers (none without service).</summary>
public sealed record LinkInfo(string PlaceId, Coverage Coverage, bool InService, bool MissionCriticalBearersAdmitted, string Reason, bool OnNeighbour = false, IReadOnlyList<BearerInfo>? Bearers = null);
