using EsnHarness.Contracts.Common.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>Great-circle distance and destination on a spherical Earth (good to well under 1 % over London distances).</summary>
internal static class Geodesy
{
    private const double EarthRadiusMetres = 6_371_000;

    public static double DistanceMetres(GeoLocation a, GeoLocation b)
    {
        var dLat = Rad(b.LatitudeDeg - a.LatitudeDeg);
        var dLon = Rad(b.LongitudeDeg - a.LongitudeDeg);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Rad(a.LatitudeDeg)) * Math.Cos(Rad(b.LatitudeDeg)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The position <paramref name="metres"/> from <paramref name="from"/> along <paramref name="bearingDeg"/> (clockwise from north).</summary>
    public static GeoLocation Destination(GeoLocation from, double metres, double bearingDeg)
    {
        var d = metres / EarthRadiusMetres;
        var bearing = Rad(bearingDeg);
        var lat1 = Rad(from.LatitudeDeg);
        var lon1 = Rad(from.LongitudeDeg);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(bearing)));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
        var to = from.Clone();
        to.LatitudeDeg = Deg(lat2);
        to.LongitudeDeg = ((Deg(lon2) + 540) % 360) - 180;
        return to;
    }

    private static double Rad(double deg) => deg * Math.PI / 180;

    private static double Deg(double rad) => rad * 180 / Math.PI;
}
