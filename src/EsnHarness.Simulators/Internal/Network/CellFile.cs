namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A cell in a places file; capacity in resource units (about one voice bearer each).</summary>
internal sealed record CellFile(string CellId, uint CapacityUnits);
