namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>ESN Air in a places file: the served altitudes and the link per altitude band (latency, jitter in ms; loss 0..1).</summary>
internal sealed record AirFile(double? FloorFt, double? CeilingFt, List<AirBandFile>? Bands, string? Source = null);
