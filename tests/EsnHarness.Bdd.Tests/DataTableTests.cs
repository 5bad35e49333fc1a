using EsnHarness.Bdd.Tests.Bindings;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class DataTableTests
{
    private static DataTable Table(params string[][] rows) => new(rows);

    [Test]
    public void CreateInstance_Horizontal_SetsConstructorParameters()
    {
        var unit = Table(["Callsign", "Crew", "Agency"], ["A1", "3", "Fire"]).CreateInstance<Unit>();

        Assert.That(unit, Is.EqualTo(new Unit("A1", 3, Agency.Fire)));
    }

    [Test]
    public void CreateInstance_VerticalWithFieldValueHeader_ReadsPairs()
    {
        var unit = Table(["Field", "Value"], ["callsign", "B2"], ["crew", "2"], ["agency", "police"]).CreateInstance<Unit>();

        Assert.That(unit, Is.EqualTo(new Unit("B2", 2, Agency.Police)));
    }

    [Test]
    public void CreateSet_Rows_OneObjectPerRow()
    {
        var units = Table(["callsign", "crew", "agency"], ["A1", "1", "Fire"], ["A2", "2", "Ambulance"]).CreateSet<Unit>();

        Assert.That(units, Is.EqualTo(new[] { new Unit("A1", 1, Agency.Fire), new Unit("A2", 2, Agency.Ambulance) }));
    }

    [Test]
    public void CreateSet_BadCell_NamesColumnAndValue()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Table(["callsign", "crew", "agency"], ["A1", "many", "Fire"]).CreateSet<Unit>());

        Assert.That(error!.Message, Does.StartWith("Column 'crew': cannot convert 'many' to Int32"));
    }

    [Test]
    public void CompareToSet_SameRowsAnyOrder_Passes()
    {
        var table = Table(["callsign", "crew"], ["A2", "2"], ["A1", "1"]);

        Assert.DoesNotThrow(() => table.CompareToSet([new Unit("A1", 1, Agency.Fire), new Unit("A2", 2, Agency.Police)]));
    }

    [Test]
    public void CompareToSet_Differences_ListsMissingAndUnexpectedRows()
    {
        var table = Table(["callsign", "crew"], ["A1", "1"], ["A2", "2"]);

        var error = Assert.Throws<DataTableComparisonException>(() => table.CompareToSet([new Unit("A1", 1, Agency.Fire), new Unit("A3", 5, Agency.Fire)]));

        Assert.That(error!.Message, Is.EqualTo(
            "The set of 2 Unit does not match the table of 2 rows:\n" +
            "    | callsign | crew |\n" +
            "  - | A2 | 2 |   (expected, not found)\n" +
            "  + | A3 | 5 |   (unexpected)"));
    }

    [Test]
    public void CompareToSet_UnknownColumn_NamesIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Table(["callsign", "rank"], ["A1", "x"]).CompareToSet(Array.Empty<Unit>()));

        Assert.That(error!.Message, Is.EqualTo("Unit has no property for the table column 'rank'."));
    }
}
