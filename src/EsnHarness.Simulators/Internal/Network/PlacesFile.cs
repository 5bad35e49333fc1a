namespace EsnHarness.Simulators.Internal.Network;

/// <summary>The JSON shape of a places file (see Places/london-places.json); <c>reselectionMs</c> is the default time to camp on a neighbour cell.</summary>
internal sealed record PlacesFile(
    Dictionary<string, LinkFile>? CoverageTypes,
    List<SiteFile>? Sites,
    List<PlaceFile>? Places,
    uint? ReselectionMs = null);
