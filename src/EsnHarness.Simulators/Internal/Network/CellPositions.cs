using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// Interim, until the places file gives each cell its own position: a cell is placed at the centre of the places it
/// serves, its accuracy the distance to the farthest of them (0, unknown, for a cell serving one place). What a
/// terminal without a GNSS fix reports (LinkConditions.cell_location).
/// </summary>
internal static class CellPositions
{
    private const double EarthRadiusMetres = 6_371_000;

    public static GeoLocation? Of(PlaceCatalogue catalogue, string cellId)
    {
        if (cellId.Length == 0 || !catalogue.Cells.TryGetValue(cellId, out var cell))
        {
            return null;
        }

        var served = cell.PlaceIds.Select(id => catalogue.Places[id].Location).Where(l => l is not null).ToList();
        if (served.Count == 0)
        {
            return null;
        }

        var centre = new GeoLocation
        {
            LatitudeDeg = served.Average(l => l.LatitudeDeg),
            LongitudeDeg = served.Average(l => l.LongitudeDeg),
            AltitudeM = served.Average(l => l.AltitudeM),
        };
        centre.AccuracyM = served.Max(l => Distance(centre, l));
        return centre;
    }

    private static double Distance(GeoLocation a, GeoLocation b)
    {
        var dLat = (b.LatitudeDeg - a.LatitudeDeg) * Math.PI / 180;
        var dLon = (b.LongitudeDeg - a.LongitudeDeg) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(a.LatitudeDeg * Math.PI / 180) * Math.Cos(b.LatitudeDeg * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
