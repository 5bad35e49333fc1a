using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>Coverage types, place kinds and site kinds as the places file writes them.</summary>
internal static class CoverageNames
{
    public static FileNames<CoverageType> Coverage { get; } = new("coverage type", new Dictionary<string, CoverageType>
    {
        ["surface"] = CoverageType.Surface,
        ["in-building"] = CoverageType.InBuilding,
        ["deep-station"] = CoverageType.DeepStation,
        ["underground-tunnel"] = CoverageType.UndergroundTunnel,
        ["elizabeth-line"] = CoverageType.ElizabethLine,
        ["river"] = CoverageType.River,
        ["air-to-ground"] = CoverageType.AirToGround,
        ["no-coverage"] = CoverageType.NoCoverage,
    });

    public static FileNames<PlaceKind> PlaceKinds { get; } = new("place kind", new Dictionary<string, PlaceKind>
    {
        ["street"] = PlaceKind.Street,
        ["station"] = PlaceKind.Station,
        ["tunnel"] = PlaceKind.Tunnel,
        ["hospital"] = PlaceKind.Hospital,
        ["venue"] = PlaceKind.Venue,
        ["river"] = PlaceKind.River,
        ["airport"] = PlaceKind.Airport,
        ["tower-block"] = PlaceKind.TowerBlock,
        ["incident-site"] = PlaceKind.IncidentSite,
        ["fire-station"] = PlaceKind.FireStation,
        ["police-station"] = PlaceKind.PoliceStation,
        ["ambulance-station"] = PlaceKind.AmbulanceStation,
        ["control-room"] = PlaceKind.ControlRoom,
        ["airspace"] = PlaceKind.Airspace,
        ["building"] = PlaceKind.Building,
        ["test"] = PlaceKind.Test,
    });

    public static FileNames<SiteKind> SiteKinds { get; } = new("site kind", new Dictionary<string, SiteKind>
    {
        ["macro"] = SiteKind.Macro,
        ["in-building"] = SiteKind.InBuilding,
        ["station-head-end"] = SiteKind.StationHeadEnd,
        ["line-head-end"] = SiteKind.LineHeadEnd,
        ["air-to-ground"] = SiteKind.AirToGround,
        ["lab"] = SiteKind.Lab,
    });

    public static CoverageType Parse(string? name, string where) => Coverage.Parse(name, where);
}
