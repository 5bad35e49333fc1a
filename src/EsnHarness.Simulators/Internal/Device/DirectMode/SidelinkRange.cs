using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// Who hears whom in direct mode (<see cref="DirectModeOptions"/>): two terminals hear each other when the distance
/// between them is within the shorter of the ranges their surroundings allow (open ground, a building, a tunnel...), and
/// never through the ground between one below it and one above it.
/// </summary>
internal static class SidelinkRange
{
    public static bool InRange(SidelinkPosition a, SidelinkPosition b, DirectModeOptions options)
    {
        if (options.GroundSeparates && BelowGround(a.Coverage) != BelowGround(b.Coverage))
        {
            return false;
        }

        var range = Math.Min(RangeAt(a.Coverage, options), RangeAt(b.Coverage, options));
        return Geodesy.DistanceMetres(a.Position, b.Position) <= range;
    }

    /// <summary>The range a terminal has from a place of <paramref name="coverage"/>.</summary>
    public static double RangeAt(CoverageType coverage, DirectModeOptions options) => coverage switch
    {
        CoverageType.Surface => options.OpenGroundRangeM,
        CoverageType.River => options.RiverRangeM,
        CoverageType.AirToGround => options.AirRangeM,
        CoverageType.InBuilding => options.InBuildingRangeM,
        CoverageType.DeepStation => options.DeepStationRangeM,
        CoverageType.UndergroundTunnel or CoverageType.ElizabethLine => options.TunnelRangeM,
        _ => options.NoCoverageRangeM,
    };

    private static bool BelowGround(CoverageType coverage) =>
        coverage is CoverageType.DeepStation or CoverageType.UndergroundTunnel or CoverageType.ElizabethLine;
}
