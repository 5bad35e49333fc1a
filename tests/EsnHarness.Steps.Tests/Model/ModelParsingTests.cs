using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Tests.Model;

public sealed class ModelParsingTests
{
    [TestCase("4 (media burst pre-empted)", 4)]
    [TestCase("255 (other)", 255)]
    [TestCase("1", 1)]
    public void FloorCauseCode_Parse_ReadsTheNumber(string text, int code)
    {
        Assert.That(FloorCauseCode.Parse(text).Code, Is.EqualTo(code));
    }

    [Test]
    public void FloorCauseCode_Parse_NoNumber_SaysHowToWriteIt()
    {
        Assert.That(() => FloorCauseCode.Parse("pre-empted"), Throws.ArgumentException.With.Message.Contains("e.g. 4 (media burst pre-empted)"));
    }

    [Test]
    public void ControlRoom_Parse_UnknownName_ListsTheKnownOnes()
    {
        Assert.That(() => ControlRoom.Parse("Bow"), Throws.ArgumentException.With.Message.Contains("MetCC, LFB Control, LAS EOC"));
    }

    [Test]
    public void StatusTables_Code_UnknownStatus_ListsTheTable()
    {
        var tables = new StatusTables();
        tables.Define(Agency.Las, [("At scene", 32770u), ("Clear", 32773u)]);

        Assert.Multiple(() =>
        {
            Assert.That(tables.Code(Agency.Las, "at scene"), Is.EqualTo(32770u));
            Assert.That(() => tables.Code(Agency.Las, "Mobile"), Throws.ArgumentException.With.Message.Contains("At scene, Clear"));
        });
    }

    [Test]
    public void StatusTables_Define_CodeOutsideUserRange_Refused()
    {
        Assert.That(() => new StatusTables().Define(Agency.Lfb, [("Mobile", 12u)]), Throws.ArgumentException.With.Message.Contains("32768 to 65535"));
    }

    [Test]
    public void Cast_Add_DerivesAnMcpttIdTheIdmsAccepts()
    {
        var member = new Cast().Add(new UserName("PC Patel"), Agency.Mps, MemberKind.Terminal);

        Assert.That(member.McpttId, Is.EqualTo("sip:pc-patel@mps.esn.gov.uk"));
    }

    [Test]
    public void Cast_Get_Unknown_SaysHowToIntroduceThem()
    {
        Assert.That(() => new Cast().Get(new UserName("PC Nobody")), Throws.ArgumentException.With.Message.Contains("these users are logged on"));
    }
}
