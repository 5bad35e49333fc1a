using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Tests.Model;

/// <summary>The agencies of feature text are the contract's (common.proto), one definition read everywhere.</summary>
public sealed class AgencyNamesTests
{
    [Test]
    public void Pattern_EveryAgencyOfTheContractAndNoOther() =>
        Assert.That(AgencyNames.Pattern.Split('|'), Is.EquivalentTo(AgencyNames.All.Select(agency => agency.Name())),
            "the {agency} pattern must list exactly the agencies of esn.common.v1.Agency");

    [TestCase("BTP", Agency.Btp)]
    [TestCase("colp", Agency.Colp)]
    [TestCase(" LAS ", Agency.Las)]
    public void Parse_ShortName_TheContractsAgency(string text, Agency expected) =>
        Assert.That(AgencyNames.Parse(text), Is.EqualTo(expected));

    [Test]
    public void Parse_Unknown_ListsEveryAgency() =>
        Assert.That(() => AgencyNames.Parse("NHS"), Throws.ArgumentException.With.Message.StartsWith("'NHS' is not an agency; use MPS, LFB, LAS, BTP or COLP."));

    [Test]
    public void All_LeavesOutUnspecified() =>
        Assert.That(AgencyNames.All, Does.Not.Contain(Agency.Unspecified).And.Contains(Agency.Colp));

    [Test]
    public void ControlRoomOf_AgencyWithoutOne_SaysWhichTheCatalogueKnows() =>
        Assert.That(() => ControlRoom.Of(Agency.Btp), Throws.ArgumentException.With.Message.StartsWith("the catalogue knows no control room of BTP; control rooms are: MetCC (MPS), LFB Control (LFB), LAS EOC (LAS)."));
}
