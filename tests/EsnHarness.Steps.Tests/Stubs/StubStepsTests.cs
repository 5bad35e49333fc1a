using System.Net;
using System.Net.Sockets;
using EsnHarness.Bdd;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using NUnit.Framework;

namespace EsnHarness.Steps.Tests.Stubs;

public sealed class StubStepsTests : StubStepsFixture
{
    [Test]
    public async Task ResetsConnections_Cad_HttpClientSeesReset()
    {
        await new StubSteps(Stubs).ResetsConnections("CAD");
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };

        var error = Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/cad/las/status-codes"))!;

        Assert.That(((error.InnerException as IOException)?.InnerException as SocketException)?.SocketErrorCode, Is.EqualTo(SocketError.ConnectionReset));
    }

    [Test]
    public async Task NextFailWith_TwoRequests_ThenWorks()
    {
        var steps = new StubSteps(Stubs);
        await steps.NextFailWith(2, "avl", 502);
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };

        var codes = new[] { (await client.GetAsync("/avl/las/status")).StatusCode, (await client.GetAsync("/avl/las/status")).StatusCode, (await client.GetAsync("/avl/las/status")).StatusCode };

        Assert.That(codes, Is.EqualTo(new[] { HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK }));
    }

    [Test]
    public async Task ReceivedExactly_TableOfConditions_PassesAndFailsWithClosestMismatch()
    {
        var steps = new StubSteps(Stubs);
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };
        await client.PostAsync("/idms/token", new FormUrlEncodedContent([new("grant_type", "password"), new("username", "sip:las.rru43@las.esn.gov.uk")]));

        await steps.ReceivedExactly("idms", 1, Table(["condition", "value"], ["method", "POST"], ["form username", "sip:las.rru43@las.esn.gov.uk"]));
        var error = Assert.ThrowsAsync<StubVerificationException>(() =>
            steps.ReceivedExactly("idms", 1, Table(["condition", "value"], ["method", "POST"], ["form username", "sip:las.e271@las.esn.gov.uk"])))!;

        Assert.That(error.Message, Does.Contain("Closest: #1 met 1 of 2 conditions; form username = sip:las.e271@las.esn.gov.uk: was \"sip:las.rru43@las.esn.gov.uk\""));
    }

    [Test]
    public async Task ScenarioIsInState_Acknowledged_IncidentServedAcknowledged()
    {
        await new StubSteps(Stubs).ScenarioIsInState("cad", "MPS incident CAD-4411-23NOV", "acknowledged");
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };

        Assert.That(await client.GetStringAsync("/cad/mps/incidents/CAD-4411-23NOV"), Does.Contain("\"state\":\"acknowledged\""));
    }

    [Test]
    public async Task ReceivedNone_AfterARequest_Fails()
    {
        var steps = new StubSteps(Stubs);
        await steps.ReceivedNone("kms");
        using var client = new HttpClient { BaseAddress = (await Stubs.SessionAsync("cad")).Address };
        await client.GetAsync("/kms/keymanagement/identity/v1/keyprov");

        Assert.ThrowsAsync<StubVerificationException>(() => steps.ReceivedNone("kms"));
    }

    [Test]
    public async Task SessionAsync_TwoScenarios_DifferentServers()
    {
        await using var other = new ScenarioStubs(Run);

        Assert.That((await other.SessionAsync("cad")).Address, Is.Not.EqualTo((await Stubs.SessionAsync("cad")).Address));
    }

    [Test]
    public void SessionAsync_NoHostInRun_ClearError()
    {
        var stubs = new ScenarioStubs(new TestRunContext());

        Assert.That(() => stubs.SessionAsync("cad"), Throws.InvalidOperationException.With.Message.StartsWith("No embedded HTTP stubs in this run"));
    }

    [Test]
    public async Task DisposeAsync_Scenario_SessionServerStops()
    {
        var stubs = new ScenarioStubs(Run);
        var address = (await stubs.SessionAsync("cad")).Address;

        await stubs.DisposeAsync();
        using var client = new HttpClient { BaseAddress = address };

        Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/avl/las/status"));
    }
}
