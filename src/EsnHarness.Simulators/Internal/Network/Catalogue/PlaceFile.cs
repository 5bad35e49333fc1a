namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>
/// A place in a places file: the name a requirement owner types and its aliases, what and where it is (WGS84; the
/// National Grid is computed), its own cells, and optionally a link profile, neighbour override and reselection time.
/// </summary>
internal sealed record PlaceFile(
    string? PlaceId,
    string? Name,
    string? Coverage,
    double? Latitude,
    double? Longitude,
    double AltitudeM = 0,
    string? Kind = null,
    string? Borough = null,
    List<string>? Aliases = null,
    List<CellFile>? Cells = null,
    LinkFile? Link = null,
    List<string>? NeighbourCells = null,
    uint? ReselectionMs = null,
    string? Description = null,
    string? Source = null,
    string? Notes = null);
