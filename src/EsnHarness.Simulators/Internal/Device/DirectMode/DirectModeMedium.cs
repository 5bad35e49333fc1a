using EsnHarness.Simulators.Defects;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// The direct-mode channel of one namespace: the terminals in direct mode (and gateways), who hears whom
/// (<see cref="SidelinkRange"/>), and what the sidelink does to each message: a loss draw and a delay (latency plus
/// jitter) per receiver, from a seeded generator so a run repeats.
/// </summary>
internal sealed class DirectModeMedium(DirectModeOptions options, int seed, DefectSet defects)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SidelinkEndpoint> _endpoints = new(StringComparer.Ordinal);
    private readonly Random _random = new(seed);

    public DirectModeOptions Options => options;

    public void Attach(SidelinkEndpoint endpoint)
    {
        lock (_gate)
        {
            _endpoints[endpoint.DeviceId] = endpoint;
        }
    }

    public void Detach(SidelinkEndpoint endpoint)
    {
        lock (_gate)
        {
            if (_endpoints.TryGetValue(endpoint.DeviceId, out var attached) && ReferenceEquals(attached, endpoint))
            {
                _endpoints.Remove(endpoint.DeviceId);
            }
        }
    }

    /// <summary>Transmits <paramref name="message"/> from <paramref name="sender"/>; returns how many terminals it reaches.</summary>
    public int Broadcast(SidelinkEndpoint sender, SidelinkMessage message)
    {
        SidelinkEndpoint[] others;
        lock (_gate)
        {
            others = [.. _endpoints.Values.Where(e => e.DeviceId != sender.DeviceId)];
        }

        var from = sender.Where();
        var reached = 0;
        foreach (var other in others)
        {
            if (!Hears(from, other.Where()) || Draw() < options.SidelinkLossRatio)
            {
                continue;
            }

            other.Inbox.Enqueue(message, options.SidelinkLatency + (options.SidelinkJitter * Draw()));
            reached++;
        }

        return reached;
    }

    private bool Hears(SidelinkPosition? from, SidelinkPosition? to) =>
        defects.Has(DirectModeDefects.RangeUnlimited) || (from is not null && to is not null && SidelinkRange.InRange(from, to, options));

    private double Draw()
    {
        lock (_gate)
        {
            return _random.NextDouble();
        }
    }
}
