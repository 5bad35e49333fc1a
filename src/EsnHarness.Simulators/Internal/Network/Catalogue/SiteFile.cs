namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>A site in a places file: an eNodeB or neutral-host head-end (a line head-end names its <c>lineId</c>).</summary>
internal sealed record SiteFile(
    string? SiteId,
    string? Name,
    string? Kind,
    double? Latitude,
    double? Longitude,
    string? LineId = null,
    string? Source = null);
