namespace EsnHarness.Steps.Drivers;

/// <summary>A place of the network model as steps see it.</summary>
/// <param name="PlaceId">The model's ID.</param>
/// <param name="Name">The name a requirement owner types.</param>
/// <param name="Coverage">Coverage type, e.g. DeepStation.</param>
/// <param name="CellId">The cell serving it; empty without coverage.</param>
/// <param name="SiteId">The cell's site.</param>
/// <param name="AltitudeM">Altitude of its representative position, metres.</param>
/// <param name="Kind">What it is, e.g. Station, Hospital, Test.</param>
/// <param name="LatencyMs">One-way latency of its modelled link (0 for an ideal test link).</param>
public sealed record PlaceInfo(string PlaceId, string Name, string Coverage, string CellId, string SiteId, double AltitudeM, string Kind = "", double LatencyMs = 0);
