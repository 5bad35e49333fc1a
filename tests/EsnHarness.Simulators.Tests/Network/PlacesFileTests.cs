using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>The built-in London places file and the one-line errors a bad places file gets.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class PlacesFileTests
{
    private static readonly PlaceCatalogue London = PlaceCatalogue.Load(null);

    private static readonly string[] Boroughs =
    [
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City of London", "Croydon", "Ealing", "Enfield",
        "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
        "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge",
        "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth", "Westminster",
    ];

    [Test]
    public void Load_BuiltIn_AtLeastSixtyPlacesInEveryBoroughAndTheCity()
    {
        var real = London.Places.Values.Where(p => p.Kind != PlaceKind.Test).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(real, Has.Count.GreaterThanOrEqualTo(60));
            Assert.That(real.Select(p => p.Borough).Distinct(), Is.EquivalentTo(Boroughs));
        });
    }

    [Test]
    public void Load_BuiltIn_EveryCoveredPlaceHasItsOwnCell()
    {
        var covered = London.Places.Values.Where(p => p.Coverage != CoverageType.NoCoverage).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(covered.Where(p => p.CellId.Length == 0).Select(p => p.PlaceId), Is.Empty, "covered places without a cell");
            Assert.That(covered.Select(p => p.CellId), Is.Unique, "a cell serving two places");
            Assert.That(covered.Where(p => London.Cells[p.CellId].PlaceIds.Single() != p.PlaceId).Select(p => p.PlaceId), Is.Empty);
        });
    }

    [Test]
    public void Load_BuiltIn_PlacesHaveGridReferencesSourcesAndTheKindsLondonNeeds()
    {
        var places = London.Places.Values.ToList();

        Assert.Multiple(() =>
        {
            Assert.That(places.Where(p => p.Grid.Reference.Length == 0 || !p.Grid.Reference.StartsWith('T')).Select(p => p.PlaceId), Is.Empty, "London is in the T squares");
            Assert.That(places.Where(p => p.Kind != PlaceKind.Test && !p.Source.Contains("assumption", StringComparison.Ordinal)).Select(p => p.PlaceId), Is.Empty);
            Assert.That(places.Select(p => p.Kind).Distinct(), Is.SupersetOf(new[]
            {
                PlaceKind.Station, PlaceKind.Tunnel, PlaceKind.Hospital, PlaceKind.Venue, PlaceKind.River, PlaceKind.Airport,
                PlaceKind.TowerBlock, PlaceKind.IncidentSite, PlaceKind.FireStation, PlaceKind.PoliceStation,
                PlaceKind.AmbulanceStation, PlaceKind.ControlRoom, PlaceKind.Airspace,
            }));
            Assert.That(London.Places["trafalgar-square"].Grid.EastingM, Is.EqualTo(529999).Within(5));
        });
    }

    [TestCase("Soho fire station", "soho-fire-station")]
    [TestCase("bank", "bank-station")]
    [TestCase("King's Cross St Pancras", "kings-cross-st-pancras-deep")]
    [TestCase("Twickenham Stadium", "twickenham-stadium")]
    [TestCase("surface-street", "surface-street")]
    public void Find_NameAliasOrId_ThePlace(string typed, string placeId) =>
        Assert.That(London.Find(typed), Is.EqualTo(placeId));

    [Test]
    public void Load_BuiltIn_TunnelCellsAreFedByTheirLineHeadEnd()
    {
        Assert.Multiple(() =>
        {
            foreach (var line in London.Lines.Values)
            {
                var tunnels = line.PlaceIds.Select(id => London.Places[id]).Where(p => p.Kind == PlaceKind.Tunnel).ToList();
                Assert.That(tunnels, Is.Not.Empty, line.LineId);
                Assert.That(tunnels.Select(p => p.SiteId).Distinct(), Is.EqualTo(new[] { line.HeadEndSiteId }), line.LineId);
                Assert.That(London.Sites[line.HeadEndSiteId].Kind, Is.EqualTo(SiteKind.LineHeadEnd));
            }
        });
    }

    [TestCase("""{ "sites": [ { "siteId": "S1", "latitude": 51.5, "longitude": -0.1 } ], "places": [ { "placeId": "p", "name": "P", "borough": "Camden", "coverage": "surface", "latitude": 51.5, "longitude": -0.1, "cells": [ { "cellId": "C1", "siteId": "S1", "neighbours": [ "C9" ] } ] } ] }""",
        """places[0] ("P").cells[0]: neighbour 'C9' is not a cell""", TestName = "Load_UnknownNeighbour_NamesPlaceCellAndNeighbour")]
    [TestCase("""{ "sites": [ { "siteId": "S1", "latitude": 51.5, "longitude": -0.1 } ], "places": [ { "placeId": "p", "name": "P", "borough": "Camden", "coverage": "surface", "latitude": 51.5, "longitude": -0.1, "cells": [ { "cellId": "C1", "siteId": "S9" } ] } ] }""",
        """places[0] ("P").cells[0].siteId: 'S9' is not a site""", TestName = "Load_UnknownSite_NamesPlaceAndCell")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "P", "borough": "Camden", "coverage": "surface", "latitude": 51.5, "longitude": -0.1 } ] }""",
        """places[0] ("P").cells: a place with surface coverage needs its own cell""", TestName = "Load_CoveredPlaceWithoutCell_NamesPlace")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "P", "borough": "Camden", "coverage": "no-coverage" }, { "placeId": "q", "name": "Q", "borough": "Camden", "coverage": "no-coverage", "latitude": 51.5, "longitude": -0.1 } ] }""",
        """places[0] ("P"): latitude and longitude (WGS84 degrees) are required""", TestName = "Load_PlaceWithoutPosition_NamesPlace")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "Bank", "borough": "City of London", "coverage": "no-coverage", "latitude": 51.5, "longitude": -0.1 }, { "placeId": "q", "name": "Q", "aliases": [ "bank" ], "borough": "City of London", "coverage": "no-coverage", "latitude": 51.5, "longitude": -0.1 } ] }""",
        """places[1] ("Q").aliases[0]: 'bank' already names place 'p'""", TestName = "Load_DuplicateName_NamesBothPlaces")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "P", "coverage": "no-coverage", "latitude": 51.5, "longitude": -0.1 } ] }""",
        """places[0] ("P").borough: is required""", TestName = "Load_PlaceWithoutBorough_NamesPlace")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "P", "borough": "Camden", "coverage": "tube", "latitude": 51.5, "longitude": -0.1 } ] }""",
        """places[0] ("P").coverage: unknown coverage type 'tube'""", TestName = "Load_UnknownCoverage_NamesPlace")]
    [TestCase("""{ "sites": [ { "siteId": "S1", "kind": "macro", "latitude": 51.5, "longitude": -0.1 } ], "lines": [ { "lineId": "x", "headEndSiteId": "S1", "places": [] } ], "places": [] }""",
        """lines[0] ("x").headEndSiteId: site 'S1' is not a line-head-end site""", TestName = "Load_LineWithAMacroHeadEnd_NamesLine")]
    [TestCase("""{ "places": [ { "placeId": "p", "name": "P",, } ] }""", "line 1:", TestName = "Load_BrokenJson_NamesTheLine")]
    public void Load_BadFile_OneLineNamingFileEntryAndField(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"places-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<SimulatorConfigurationException>(() => PlaceCatalogue.Load(path));

            Assert.That(error!.Message, Does.StartWith(path + ": ").And.Contain(expected).And.Not.Contain("\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
