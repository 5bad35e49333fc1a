using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// Places the catalogue names, with coverage type and position, used only when the network model under test does not
/// know a place: the driver then adds it to the scenario's namespace (NetworkService.PutPlace) and says so in the log.
/// </summary>
internal static class LondonPlaces
{
    private static readonly Dictionary<string, (CoverageType Coverage, double Lat, double Lon, double Alt)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Soho fire station"] = (CoverageType.Surface, 51.5136, -0.1318, 20),
        ["Soho"] = (CoverageType.Surface, 51.5136, -0.1340, 20),
        ["Charing Cross"] = (CoverageType.Surface, 51.5080, -0.1247, 15),
        ["Waterloo"] = (CoverageType.Surface, 51.5031, -0.1132, 10),
        ["Lambeth"] = (CoverageType.Surface, 51.4957, -0.1177, 10),
        ["Brixton"] = (CoverageType.Surface, 51.4613, -0.1156, 20),
        ["Stockwell"] = (CoverageType.Surface, 51.4723, -0.1227, 15),
        ["Camberwell"] = (CoverageType.Surface, 51.4740, -0.0930, 15),
        ["Westminster"] = (CoverageType.Surface, 51.4995, -0.1248, 10),
        ["Merton"] = (CoverageType.Surface, 51.4098, -0.2108, 30),
        ["Newham"] = (CoverageType.Surface, 51.5255, 0.0352, 10),
        ["King's Cross St Pancras"] = (CoverageType.DeepStation, 51.5308, -0.1238, -25),
        ["Bank"] = (CoverageType.DeepStation, 51.5133, -0.0886, -40),
        ["Canary Wharf"] = (CoverageType.DeepStation, 51.5035, -0.0187, -24),
        ["Bank to London Bridge tunnel"] = (CoverageType.UndergroundTunnel, 51.5088, -0.0878, -45),
        ["Elizabeth line Whitechapel"] = (CoverageType.ElizabethLine, 51.5194, -0.0612, -30),
        ["Elizabeth line Farringdon to Liverpool Street tunnel"] = (CoverageType.ElizabethLine, 51.5195, -0.0947, -35),
        ["Wembley Stadium"] = (CoverageType.InBuilding, 51.5560, -0.2796, 40),
        ["Wembley Stadium basement"] = (CoverageType.NoCoverage, 51.5560, -0.2796, 30),
        ["the O2"] = (CoverageType.InBuilding, 51.5030, 0.0032, 10),
        ["Heathrow Terminal 5"] = (CoverageType.InBuilding, 51.4723, -0.4889, 25),
        ["the Thames at Wapping"] = (CoverageType.River, 51.5045, -0.0558, 0),
        ["the Thames at Lambeth"] = (CoverageType.River, 51.4960, -0.1210, 0),
    };

    /// <summary>
    /// A place for <paramref name="name"/> served like the model's first place of the same coverage type (its cell, site
    /// and link), at the catalogue's position; null if the catalogue does not know the name or the model has no such coverage.
    /// </summary>
    public static Contracts.Network.V1.Place? Lookup(string name, string placeId, IEnumerable<Contracts.Network.V1.Place> model)
    {
        if (!Known.TryGetValue(name, out var p) || model.FirstOrDefault(m => m.Coverage == p.Coverage) is not { } template)
        {
            return null;
        }

        var place = template.Clone();
        place.PlaceId = placeId;
        place.Name = name;
        place.Location = new GeoLocation { LatitudeDeg = p.Lat, LongitudeDeg = p.Lon, AltitudeM = p.Alt, AccuracyM = p.Alt < 0 ? 150 : 10 };
        place.Notes = $"Added by the catalogue's step library for this scenario, served like '{template.PlaceId}'.";
        return place;
    }
}
