using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A place of the network model as steps see it.</summary>
public sealed record PlaceInfo(string PlaceId, string Name, Coverage Coverage, string CellId, string SiteId, double AltitudeM);
