using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>Coverage type names as the places file writes them.</summary>
internal static class CoverageNames
{
    private static readonly Dictionary<string, CoverageType> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["surface"] = CoverageType.Surface,
        ["in-building"] = CoverageType.InBuilding,
        ["deep-station"] = CoverageType.DeepStation,
        ["underground-tunnel"] = CoverageType.UndergroundTunnel,
        ["elizabeth-line"] = CoverageType.ElizabethLine,
        ["river"] = CoverageType.River,
        ["air-to-ground"] = CoverageType.AirToGround,
        ["no-coverage"] = CoverageType.NoCoverage,
    };

    public static CoverageType Parse(string? name, string where) =>
        name is not null && Names.TryGetValue(name, out var type)
            ? type
            : throw new SimulatorConfigurationException($"{where}: unknown coverage type '{name}'; use one of {string.Join(", ", Names.Keys)}");
}
