using EsnHarness.Contracts.Interworking.V1;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>Relay counters and the measured delay the bridge added per frame.</summary>
internal sealed class BridgeStatsRecorder(string bridgeId)
{
    private const int MaxSamples = 1000;
    private readonly Lock _gate = new();
    private readonly Queue<double> _samples = new();
    private readonly BridgeStats _stats = new() { BridgeId = bridgeId };

    public void Count(Action<BridgeStats> update)
    {
        lock (_gate)
        {
            update(_stats);
        }
    }

    public void AddedLatency(TimeSpan measured)
    {
        lock (_gate)
        {
            _samples.Enqueue(measured.TotalMilliseconds);
            if (_samples.Count > MaxSamples)
            {
                _samples.Dequeue();
            }
        }
    }

    public BridgeStats Snapshot()
    {
        lock (_gate)
        {
            var stats = _stats.Clone();
            stats.AddedLatencySamplesMs.AddRange(_samples);
            if (_samples.Count > 0)
            {
                var sorted = _samples.Order().ToArray();
                stats.AddedLatencyP95Ms = sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Length) - 1, 0, sorted.Length - 1)];
            }

            return stats;
        }
    }
}
