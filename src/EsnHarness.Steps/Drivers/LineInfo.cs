namespace EsnHarness.Steps.Drivers;

/// <summary>An Underground or Elizabeth line section the network model knows.</summary>
/// <param name="LineId">Its ID (e.g. <c>northern</c>).</param>
/// <param name="Name">Its name (e.g. "Northern line (Bank branch)").</param>
/// <param name="HeadEndSiteId">The head-end site feeding its tunnel cells.</param>
public sealed record LineInfo(string LineId, string Name, string HeadEndSiteId);
