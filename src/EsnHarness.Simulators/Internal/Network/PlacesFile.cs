namespace EsnHarness.Simulators.Internal.Network;

/// <summary>The JSON shape of a places file (see Places/london-places.json).</summary>
internal sealed record PlacesFile(
    Dictionary<string, LinkFile>? CoverageTypes,
    List<SiteFile>? Sites,
    List<PlaceFile>? Places);

internal sealed record LinkFile(double LatencyMs, double JitterMs, double LossRatio, double DuplicateRatio);

internal sealed record SiteFile(string SiteId, List<CellFile>? Cells);

internal sealed record CellFile(string CellId, uint CapacityUnits);

internal sealed record PlaceFile(
    string PlaceId,
    string? Name,
    string Coverage,
    string? CellId,
    double Latitude,
    double Longitude,
    double AltitudeM,
    LinkFile? Link,
    string? Notes);
