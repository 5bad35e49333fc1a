using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>
/// ESN Air: the link of a terminal at an air-to-ground place as a function of its altitude above ground. ESN Air serves
/// 500 to 10,000 ft (ESN-DOMAIN §1); above the ceiling there is no service. Below the floor the lowest band applies
/// (an aircraft landing or hovering low). The band figures are modelling assumptions (the places file says so).
/// </summary>
internal sealed class AirModel(double floorFt, double ceilingFt, IReadOnlyList<AirBandFile> bands)
{
    public const double DefaultFloorFt = 500, DefaultCeilingFt = 10_000;

    public double FloorFt { get; } = floorFt;

    public double CeilingFt { get; } = ceilingFt;

    public IReadOnlyList<AirBandFile> Bands { get; } = bands;

    /// <summary>The link at <paramref name="altitudeFt"/>; null above the ceiling. <paramref name="fallback"/> serves when no band is defined.</summary>
    public LinkProfile? LinkAt(double altitudeFt, LinkProfile fallback)
    {
        if (altitudeFt > CeilingFt)
        {
            return null;
        }

        var band = Bands.FirstOrDefault(b => altitudeFt <= b.UpToFt);
        return band is null
            ? fallback.Clone()
            : new LinkProfile { LatencyMs = band.LatencyMs, JitterMs = band.JitterMs, LossRatio = band.LossRatio, DuplicateRatio = band.DuplicateRatio };
    }

    public static AirModel From(AirFile? file, string where)
    {
        if (file is null)
        {
            return new AirModel(DefaultFloorFt, DefaultCeilingFt, []);
        }

        var floor = file.FloorFt ?? DefaultFloorFt;
        var ceiling = file.CeilingFt ?? DefaultCeilingFt;
        if (floor < 0 || ceiling <= floor)
        {
            throw new SimulatorConfigurationException($"{where}: floorFt must be >= 0 and ceilingFt above it, got {floor} and {ceiling}");
        }

        var bands = (file.Bands ?? []).OrderBy(b => b.UpToFt).ToList();
        for (var i = 0; i < bands.Count; i++)
        {
            var b = bands[i];
            if (b.UpToFt <= 0 || b.LatencyMs < 0 || b.JitterMs < 0 || b.LossRatio is < 0 or > 1 || b.DuplicateRatio is < 0 or > 1)
            {
                throw new SimulatorConfigurationException($"{where}.bands[{i}]: upToFt must be > 0, latencyMs and jitterMs >= 0, lossRatio and duplicateRatio 0..1");
            }
        }

        if (bands.Count > 0 && bands[^1].UpToFt < ceiling)
        {
            throw new SimulatorConfigurationException($"{where}.bands: the highest band ends at {bands[^1].UpToFt} ft, below the ceiling {ceiling} ft");
        }

        return new AirModel(floor, ceiling, bands);
    }
}
