namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A place in a places file; <c>neighbourCells</c> also cover it (in order of preference), <c>reselectionMs</c> overrides the file's default.</summary>
internal sealed record PlaceFile(
    string PlaceId,
    string? Name,
    string Coverage,
    string? CellId,
    double Latitude,
    double Longitude,
    double AltitudeM,
    LinkFile? Link,
    string? Notes,
    List<string>? NeighbourCells = null,
    uint? ReselectionMs = null);
