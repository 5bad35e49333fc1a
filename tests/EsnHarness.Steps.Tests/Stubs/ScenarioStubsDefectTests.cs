using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using NUnit.Framework;

namespace EsnHarness.Steps.Tests.Stubs;

/// <summary>A scenario's stub sessions open with the run's stub defects (<see cref="ActiveDefects"/>), and only those.</summary>
public sealed class ScenarioStubsDefectTests : StubStepsFixture
{
    [Test]
    public async Task SessionAsync_RunWithStubAndSimulatorDefects_SessionHasTheStubOnesOnly()
    {
        await using var stubs = new ScenarioStubs(RunWith("idms.token-for-revoked-user", "cad.status-not-stored", "mcx.floor-queue-lifo"));

        var session = await stubs.SessionAsync("idms");
        var refused = await (await stubs.IdmsAsync()).RequestTokenAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");

        Assert.Multiple(() =>
        {
            Assert.That(session.Defects, Is.EqualTo(new[] { "cad.status-not-stored", "idms.token-for-revoked-user" }));
            Assert.That(refused.Issued, Is.True, "the defect answers: the revoked user gets a token");
        });
    }

    [Test]
    public async Task SessionAsync_RunWithoutDefects_FaithfulSession()
    {
        var session = await Stubs.SessionAsync("cad");

        Assert.That(session.Defects, Is.Empty);
    }

    [Test]
    public async Task SessionAsync_UnknownStubDefect_ErrorNamingIt()
    {
        await using var stubs = new ScenarioStubs(RunWith("kms.leaks-everything"));

        Assert.That(() => stubs.SessionAsync("kms"), Throws.ArgumentException.With.Message.Contains("'kms.leaks-everything'"));
    }

    private TestRunContext RunWith(params string[] defects)
    {
        var run = new TestRunContext();
        run.Set(Run.Get<IStubSessionSource>());
        run.Set(new ActiveDefects(defects));
        return run;
    }
}
