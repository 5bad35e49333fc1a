namespace EsnHarness.Targets.Tests;

public sealed class EsnRolesTests
{
    [TestCase("mcx", EsnRole.Mcx)]
    [TestCase("controlRoom", EsnRole.ControlRoom)]
    [TestCase("CONTROL_ROOM", EsnRole.ControlRoom)]
    [TestCase("control-room", EsnRole.ControlRoom)]
    [TestCase("Idms", EsnRole.Idms)]
    public void Parse_AnySpelling_TheRole(string name, EsnRole expected) =>
        Assert.That(EsnRoles.Parse(name), Is.EqualTo(expected));

    [Test]
    public void Parse_UnknownName_Null() =>
        Assert.That(EsnRoles.Parse("pnc"), Is.Null);

    [Test]
    public void Name_EveryRole_ParsesBackToItself() =>
        Assert.That(EsnRoles.All.Select(role => EsnRoles.Parse(role.Name())), Is.EqualTo(EsnRoles.All.Cast<EsnRole?>()));

    [Test]
    public void Known_ListsProfileNamesInReportOrder() =>
        Assert.That(EsnRoles.Known, Is.EqualTo("mcx, network, device, interworking, controlRoom, cadGateway, mdm, cad, idms, gms, cms, kms, avl"));

    [Test]
    public void IsGrpc_SplitsSimulatorRolesFromStubRoles()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EsnRoles.All.Where(role => role.IsGrpc()).Select(role => role.Name()), Is.EqualTo(new[] { "mcx", "network", "device", "interworking", "controlRoom", "cadGateway", "mdm" }));
            Assert.That(EsnRoles.All.Where(role => !role.IsGrpc()).Select(role => role.Name()), Is.EqualTo(new[] { "cad", "idms", "gms", "cms", "kms", "avl" }));
        });
    }

    [Test]
    public void EnvironmentPrefix_UpperCaseWithoutSeparators() =>
        Assert.That(EsnRole.ControlRoom.EnvironmentPrefix(), Is.EqualTo("ESN_CONTROLROOM_"));
}
