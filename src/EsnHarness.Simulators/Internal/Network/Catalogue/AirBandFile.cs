namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>One ESN Air altitude band: the link up to <c>upToFt</c> feet above ground.</summary>
internal sealed record AirBandFile(double UpToFt, double LatencyMs, double JitterMs, double LossRatio, double DuplicateRatio = 0);
