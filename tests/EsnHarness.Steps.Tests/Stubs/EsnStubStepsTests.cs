using System.Text;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using NUnit.Framework;

namespace EsnHarness.Steps.Tests.Stubs;

public sealed class EsnStubStepsTests : StubStepsFixture
{
    private const string Officer = "sip:mps.pc4521@mps.esn.gov.uk";

    [Test]
    public async Task UserRevoked_Officer_IdmsAndKmsRefuse()
    {
        var steps = new IdentityStubSteps(Stubs);
        await steps.IdmsIssuesToken(Officer);
        await steps.KmsProvides(Officer);

        await steps.UserRevoked(Officer);

        await steps.IdmsRefuses(Officer, "invalid_grant");
        await steps.KmsRefuses(Officer);
        Assert.That(() => steps.IdmsIssuesToken(Officer), Throws.InvalidOperationException.With.Message.Contains("HTTP 400, invalid_grant"));
    }

    [Test]
    public async Task KmsRefuses_ProvisionedUser_FailsTheStep()
    {
        var steps = new IdentityStubSteps(Stubs);

        Assert.That(() => steps.KmsRefuses(Officer), Throws.InvalidOperationException.With.Message.Contains("it provisioned a key set"));
        await steps.KmsHasRevoked(Officer);
        await steps.KmsRefuses(Officer);
    }

    [Test]
    public async Task AvlReceivesPosition_ReportArrives_Passes()
    {
        var steps = new AvlStubSteps(Stubs, new EsnHarness.Steps.Drivers.Cast());
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };
        var waiting = steps.AvlReceivesPosition(Agency.Lfb, "Crew A241", 10_000);

        await client.PostAsync("/avl/lfb/positions", new StringContent("""{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.13,51.51]},"properties":{"resource":"A241","time":"2026-11-23T15:00:00Z"}}""", Encoding.UTF8, "application/geo+json"));

        await waiting;
        Assert.That((await (await Stubs.SessionAsync("avl")).ReceivedAsync("avl")).Single().MappingTitle, Is.EqualTo("AVL: position report into a control room"));
    }
}
