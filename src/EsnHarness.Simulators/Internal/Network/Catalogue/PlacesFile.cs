namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>The JSON shape of a places file (see Places/london-places.json); <c>reselectionMs</c> is the default time to camp on a neighbour cell.</summary>
internal sealed record PlacesFile(
    Dictionary<string, LinkFile>? CoverageTypes,
    List<SiteFile>? Sites,
    List<PlaceFile>? Places,
    List<LineFile>? Lines = null,
    AirFile? Air = null,
    QosFile? Qos = null,
    uint? ReselectionMs = null);
