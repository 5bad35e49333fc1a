using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Where a terminal gets a satellite fix: under open sky (street, river, air), not below ground or inside a building
/// (deep stations, tunnels, in-building systems, a basement without coverage). Elsewhere it can only say which cell
/// serves it (TS 23.280 §10.9: the serving ECGI), so it reports the cell's position.
/// </summary>
internal static class Gnss
{
    public static bool IsAvailable(CoverageType coverage) =>
        coverage is CoverageType.Surface or CoverageType.River or CoverageType.AirToGround;
}
