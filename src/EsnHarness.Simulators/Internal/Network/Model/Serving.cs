namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>The cell serving a terminal now: its place's own, or a neighbour while the own site is out; and the reselection under way, if any.</summary>
internal sealed record Serving(string CellId, string SiteId, bool OnNeighbour, string Reselecting);
