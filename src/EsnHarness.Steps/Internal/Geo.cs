using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>Great-circle distance for location checks.</summary>
internal static class Geo
{
    private const double EarthRadiusMetres = 6_371_000;

    public static double DistanceMetres(Position a, Position b)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
