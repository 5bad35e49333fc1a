namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A place in a places file.</summary>
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
