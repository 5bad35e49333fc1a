namespace EsnHarness.Simulators.Internal.Network;

/// <summary>The JSON shape of a places file (see Places/london-places.json).</summary>
internal sealed record PlacesFile(
    Dictionary<string, LinkFile>? CoverageTypes,
    List<SiteFile>? Sites,
    List<PlaceFile>? Places);
