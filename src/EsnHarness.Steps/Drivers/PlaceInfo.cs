using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A place of the network model as steps see it.</summary>
/// <param name="PlaceId">The model's ID.</param>
/// <param name="Name">The name a requirement owner types.</param>
/// <param name="Coverage">Coverage type.</param>
/// <param name="CellId">The cell serving it; empty without coverage.</param>
/// <param name="SiteId">The cell's site.</param>
/// <param name="AltitudeM">Altitude of its representative position, metres.</param>
/// <param name="IsTest">A laboratory place for measuring the harness itself (an ideal link), never for a requirement.</param>
/// <param name="LatencyMs">One-way latency of its modelled link (0 for an ideal link).</param>
public sealed record PlaceInfo(string PlaceId, string Name, Coverage Coverage, string CellId, string SiteId, double AltitudeM, bool IsTest = false, double LatencyMs = 0);
