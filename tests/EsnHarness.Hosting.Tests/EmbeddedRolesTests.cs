using EsnHarness.Bdd;
using EsnHarness.Hosting.Tests.Support;
using EsnHarness.Stubs;
using EsnHarness.Targets;

namespace EsnHarness.Hosting.Tests;

public sealed class EmbeddedRolesTests
{
    [Test]
    public async Task StartAsync_ReferenceProfile_GrpcRolesAtTheSimulatorsAndHttpRolesOnTheStubs()
    {
        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With(), Profiles.StubsFolder);
        var run = new TestRunContext();

        roles.Register(run);

        Assert.Multiple(() =>
        {
            Assert.That(roles.SimulatorAddress, Is.Not.Null);
            Assert.That(EsnRoles.All.Where(role => role.IsGrpc()).Select(roles.Target.Endpoint), Has.All.EqualTo(roles.SimulatorAddress));
            Assert.That(run.Get<EsnTarget>(), Is.SameAs(roles.Target));
            Assert.That(run.Get<IStubSessionSource>(), Is.SameAs(roles.Stubs));
            Assert.That(roles.Target.Has(EsnRole.Idms), Is.False, "an embedded HTTP role is reached through a stub session, not an address");
        });
    }

    [Test]
    public async Task StartAsync_OneGrpcRoleExternal_ThatRoleAtTheProfileAddressTheOthersEmbedded()
    {
        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With((EsnRole.Mcx, "https://mcx.agency.invalid:8443")), Profiles.StubsFolder);

        Assert.Multiple(() =>
        {
            Assert.That(roles.Target.Endpoint(EsnRole.Mcx), Is.EqualTo(new Uri("https://mcx.agency.invalid:8443")));
            Assert.That(roles.Target.Endpoint(EsnRole.Network), Is.EqualTo(roles.SimulatorAddress));
            Assert.That(roles.Target.Profile, Is.EqualTo("reference"));
        });
    }

    [Test]
    public async Task StartAsync_EveryGrpcRoleExternal_StartsNoSimulators()
    {
        var external = EsnRoles.All.Where(role => role.IsGrpc()).Select(role => (role, "http://esn-sim.invalid:5000")).ToArray();

        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With(external), Profiles.StubsFolder);

        Assert.Multiple(() =>
        {
            Assert.That(roles.SimulatorAddress, Is.Null);
            Assert.That(roles.Stubs, Is.Not.Null);
        });
    }

    [Test]
    public async Task StartAsync_EveryHttpRoleExternal_StartsNoStubsAndRegistersNone()
    {
        var external = EsnRoles.All.Where(role => !role.IsGrpc()).Select(role => (role, "http://stubs.invalid:8080")).ToArray();
        await using var roles = await EmbeddedRoles.StartAsync(Profiles.With(external), Profiles.StubsFolder);
        var run = new TestRunContext();

        roles.Register(run);

        Assert.Multiple(() =>
        {
            Assert.That(roles.Stubs, Is.Null);
            Assert.That(run.TryGet<IStubSessionSource>(out _), Is.False);
            Assert.That(roles.Target.Endpoint(EsnRole.Cad), Is.EqualTo(new Uri("http://stubs.invalid:8080")));
        });
    }
}
