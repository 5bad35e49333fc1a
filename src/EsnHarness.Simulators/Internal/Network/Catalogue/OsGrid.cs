using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>
/// WGS84 latitude and longitude to the British National Grid: the Ordnance Survey's seven-parameter Helmert
/// transformation WGS84 to OSGB36 (Airy 1830), then the National Grid's Transverse Mercator projection, as
/// "A guide to coordinate systems in Great Britain" (OS, 2020) gives them. Within about 2-5 m of OSTN15 in London.
/// </summary>
internal static class OsGrid
{
    // GRS80/WGS84 and Airy 1830 ellipsoids.
    private const double WgsA = 6378137.000, WgsB = 6356752.3141;
    private const double AiryA = 6377563.396, AiryB = 6356256.909;

    // Helmert WGS84 -> OSGB36: translations (m), rotations (arc seconds), scale (ppm).
    private const double Tx = -446.448, Ty = 125.157, Tz = -542.060;
    private const double Rx = -0.1502, Ry = -0.2470, Rz = -0.8421, ScalePpm = 20.4894;

    // National Grid projection: scale on the central meridian, true origin 49N 2W, false origin.
    private const double F0 = 0.9996012717, E0 = 400000, N0 = -100000;
    private static readonly double Phi0 = Radians(49), Lambda0 = Radians(-2);

    /// <summary>The National Grid position of a WGS84 point (height above the ellipsoid taken as 0).</summary>
    public static GridReference FromWgs84(double latitudeDeg, double longitudeDeg)
    {
        var (lat, lon) = WgsToOsgb36(Radians(latitudeDeg), Radians(longitudeDeg));
        var (e, n) = Project(lat, lon);
        return new GridReference { EastingM = Math.Round(e, 1), NorthingM = Math.Round(n, 1), Reference = Reference(e, n) };
    }

    /// <summary>Transverse Mercator from OSGB36 latitude and longitude (radians) to easting and northing (m).</summary>
    internal static (double Easting, double Northing) Project(double phi, double lambda)
    {
        var e2 = 1 - (AiryB * AiryB / (AiryA * AiryA));
        var n = (AiryA - AiryB) / (AiryA + AiryB);
        var (sin, cos, tan) = (Math.Sin(phi), Math.Cos(phi), Math.Tan(phi));
        var nu = AiryA * F0 / Math.Sqrt(1 - (e2 * sin * sin));
        var rho = AiryA * F0 * (1 - e2) / Math.Pow(1 - (e2 * sin * sin), 1.5);
        var eta2 = (nu / rho) - 1;
        var m = Meridional(phi, n);
        var tan2 = tan * tan;
        var i = m + N0;
        var ii = nu / 2 * sin * cos;
        var iii = nu / 24 * sin * Math.Pow(cos, 3) * (5 - tan2 + (9 * eta2));
        var iiiA = nu / 720 * sin * Math.Pow(cos, 5) * (61 - (58 * tan2) + (tan2 * tan2));
        var iv = nu * cos;
        var v = nu / 6 * Math.Pow(cos, 3) * ((nu / rho) - tan2);
        var vi = nu / 120 * Math.Pow(cos, 5) * (5 - (18 * tan2) + (tan2 * tan2) + (14 * eta2) - (58 * tan2 * eta2));
        var d = lambda - Lambda0;
        var northing = i + (ii * d * d) + (iii * Math.Pow(d, 4)) + (iiiA * Math.Pow(d, 6));
        var easting = E0 + (iv * d) + (v * Math.Pow(d, 3)) + (vi * Math.Pow(d, 5));
        return (easting, northing);
    }

    /// <summary>"TQ 29999 80498": the 100 km square's letters and the 1 m digits within it.</summary>
    internal static string Reference(double easting, double northing)
    {
        var e100 = (int)Math.Floor(easting / 100_000);
        var n100 = (int)Math.Floor(northing / 100_000);
        if (e100 is < 0 or > 6 || n100 is < 0 or > 12)
        {
            return "";
        }

        // Letters skip I; the first names the 500 km square from the false origin SV, the second the 100 km one.
        var l1 = (19 - n100) - ((19 - n100) % 5) + ((e100 + 10) / 5);
        var l2 = ((19 - n100) * 5 % 25) + (e100 % 5);
        return $"{Letter(l1)}{Letter(l2)} {(int)Math.Floor(easting) % 100_000:00000} {(int)Math.Floor(northing) % 100_000:00000}";
    }

    private static char Letter(int index) => (char)('A' + (index > 7 ? index + 1 : index));

    private static double Meridional(double phi, double n)
    {
        var (d, s) = (phi - Phi0, phi + Phi0);
        return AiryB * F0 * (((1 + n + (1.25 * n * n) + (1.25 * n * n * n)) * d)
            - (((3 * n) + (3 * n * n) + (21.0 / 8 * n * n * n)) * Math.Sin(d) * Math.Cos(s))
            + (((15.0 / 8 * n * n) + (15.0 / 8 * n * n * n)) * Math.Sin(2 * d) * Math.Cos(2 * s))
            - (35.0 / 24 * n * n * n * Math.Sin(3 * d) * Math.Cos(3 * s)));
    }

    private static (double Phi, double Lambda) WgsToOsgb36(double phi, double lambda)
    {
        var e2 = 1 - (WgsB * WgsB / (WgsA * WgsA));
        var nu = WgsA / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        var x = nu * Math.Cos(phi) * Math.Cos(lambda);
        var y = nu * Math.Cos(phi) * Math.Sin(lambda);
        var z = (1 - e2) * nu * Math.Sin(phi);

        var s = ScalePpm * 1e-6;
        var (rx, ry, rz) = (ArcSeconds(Rx), ArcSeconds(Ry), ArcSeconds(Rz));
        var x2 = Tx + ((1 + s) * x) - (rz * y) + (ry * z);
        var y2 = Ty + (rz * x) + ((1 + s) * y) - (rx * z);
        var z2 = Tz - (ry * x) + (rx * y) + ((1 + s) * z);

        var airyE2 = 1 - (AiryB * AiryB / (AiryA * AiryA));
        var p = Math.Sqrt((x2 * x2) + (y2 * y2));
        var lat = Math.Atan2(z2, p * (1 - airyE2));
        for (var i = 0; i < 10; i++)
        {
            var airyNu = AiryA / Math.Sqrt(1 - (airyE2 * Math.Sin(lat) * Math.Sin(lat)));
            lat = Math.Atan2(z2 + (airyE2 * airyNu * Math.Sin(lat)), p);
        }

        return (lat, Math.Atan2(y2, x2));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double ArcSeconds(double seconds) => Radians(seconds / 3600);
}
