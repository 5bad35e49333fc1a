namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>A place's own cell in a places file: its site, sector, capacity (resource units, about one voice bearer each) and neighbour relations.</summary>
internal sealed record CellFile(
    string? CellId,
    string? SiteId,
    uint? Sector = null,
    double? AzimuthDeg = null,
    uint? CapacityUnits = null,
    List<string>? Neighbours = null);
