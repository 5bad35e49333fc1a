namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A site and its cells in a places file.</summary>
internal sealed record SiteFile(string SiteId, List<CellFile>? Cells);
