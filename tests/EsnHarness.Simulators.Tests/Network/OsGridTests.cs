using EsnHarness.Simulators.Internal.Network.Catalogue;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>WGS84 to the British National Grid against the Ordnance Survey's own published figures.</summary>
public sealed class OsGridTests
{
    [Test]
    public void Project_OsGuideWorkedExample_MatchesToTheCentimetre()
    {
        // "A guide to coordinate systems in Great Britain" (OS), projection example: OSGB36 52°39'27.2531"N 1°43'4.5177"E.
        var (e, n) = OsGrid.Project(Radians(52 + (39 / 60.0) + (27.2531 / 3600)), Radians(1 + (43 / 60.0) + (4.5177 / 3600)));

        Assert.Multiple(() =>
        {
            Assert.That(e, Is.EqualTo(651409.903).Within(0.01));
            Assert.That(n, Is.EqualTo(313177.270).Within(0.01));
        });
    }

    [TestCase(51.48936564950, -0.11992557180, 530624.974, 178388.464, TestName = "FromWgs84_OsTestPointTp09Lambeth_WithinFiveMetres")]
    [TestCase(51.37447025550, 1.44454730409, 639821.835, 169565.858, TestName = "FromWgs84_OsTestPointTp07Kent_WithinFiveMetres")]
    [TestCase(51.89436637350, 0.89724327012, 599445.590, 225722.826, TestName = "FromWgs84_OsTestPointTp11Essex_WithinFiveMetres")]
    public void FromWgs84_OsTestPoint_WithinFiveMetresOfOstn15(double lat, double lon, double easting, double northing)
    {
        // OSTN15 developer pack test points (ETRS89 ~ WGS84 here): the Helmert transformation is within a few metres.
        var grid = OsGrid.FromWgs84(lat, lon);

        Assert.That(Math.Sqrt(Math.Pow(grid.EastingM - easting, 2) + Math.Pow(grid.NorthingM - northing, 2)), Is.LessThan(5));
    }

    [Test]
    public void FromWgs84_TrafalgarSquare_IsTq2999980498()
    {
        var grid = OsGrid.FromWgs84(51.50847, -0.12818);

        Assert.Multiple(() =>
        {
            Assert.That(grid.EastingM, Is.EqualTo(529999).Within(5));
            Assert.That(grid.NorthingM, Is.EqualTo(180498).Within(5));
            Assert.That(grid.Reference, Does.StartWith("TQ "));
        });
    }

    [TestCase(91492.146, 11318.804, "SV 91492 11318")]
    [TestCase(651409.903, 313177.270, "TG 51409 13177")]
    [TestCase(389544.190, 261912.153, "SO 89544 61912")]
    public void Reference_EastingNorthing_LettersAndDigits(double e, double n, string expected) =>
        Assert.That(OsGrid.Reference(e, n), Is.EqualTo(expected));

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
