namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>A link profile in a places file: one-way latency and jitter in ms, loss and duplication 0..1.</summary>
internal sealed record LinkFile(double LatencyMs, double JitterMs, double LossRatio, double DuplicateRatio);
