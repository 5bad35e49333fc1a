using System.Net;
using System.Text.Json;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubSessionIsolationTests : StubFixture
{
    [Test]
    public async Task OpenSession_TwoConcurrentSessions_ScenarioStatesJournalsFaultsAndOverridesStayApart()
    {
        await using var other = await Host.OpenSessionAsync();
        using var otherClient = new HttpClient { BaseAddress = other.Address };

        // This session: acknowledge the LAS incident (moves its WireMock scenario), revoke a user, break the GMS.
        await Client.PostAsync("/cad/las/incidents/C1-0412/acknowledgements", Json("""{"resource":"RRU43"}"""));
        Session.AddMapping("idms", """
            { "Title": "revoked at run time", "Request": { "Path": "/idms/token", "Methods": ["POST"] },
              "Response": { "StatusCode": 400, "Headers": { "Content-Type": "application/json" }, "BodyAsJson": { "error": "invalid_grant" } } }
            """);
        Session.SetFault("gms", StubFault.HttpError(503));

        var mineIncident = await Client.GetStringAsync("/cad/las/incidents/C1-0412");
        var otherIncident = await otherClient.GetStringAsync("/cad/las/incidents/C1-0412");
        var mineToken = await Client.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", "sip:las.rru43@las.esn.gov.uk")));
        var otherToken = await otherClient.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", "sip:las.rru43@las.esn.gov.uk")));
        var mineGroup = await Client.GetAsync("/gms/org.openmobilealliance.groups/users/sip:gms@lfb.esn.gov.uk/FLON-OPS01");
        var otherGroup = await otherClient.GetAsync("/gms/org.openmobilealliance.groups/users/sip:gms@lfb.esn.gov.uk/FLON-OPS01");

        Assert.Multiple(() =>
        {
            Assert.That(State(mineIncident), Is.EqualTo("acknowledged"));
            Assert.That(State(otherIncident), Is.EqualTo("dispatched"));
            Assert.That(Session.GetScenarioState("LAS incident C1-0412"), Is.EqualTo("acknowledged"));
            Assert.That(other.GetScenarioState("LAS incident C1-0412"), Is.Null);
            Assert.That(mineToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(otherToken.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(mineGroup.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(otherGroup.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Session.Received().Select(r => r.Path), Has.Member("/cad/las/incidents/C1-0412/acknowledgements"));
            Assert.That(other.Received().Select(r => r.Path), Has.No.Member("/cad/las/incidents/C1-0412/acknowledgements"));
            Assert.That(other.Received(), Has.Count.EqualTo(3));
            Assert.That(other.Address, Is.Not.EqualTo(Session.Address));
        });
    }

    [Test]
    public async Task DisposeAsync_Session_ServerStopsSoLateRequestsCannotReachTheNextScenario()
    {
        var session = await Host.OpenSessionAsync();
        var address = session.Address;
        await session.DisposeAsync();
        using var client = new HttpClient { BaseAddress = address };

        Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("/avl/lfb/status"));
    }

    [Test]
    public async Task SetScenarioState_Acknowledged_IncidentAnswersAcknowledgedState()
    {
        Session.SetScenarioState("LFB incident F-2231", "acknowledged");

        var incident = await Client.GetStringAsync("/cad/lfb/incidents/F-2231");

        Assert.That(State(incident), Is.EqualTo("acknowledged"));
    }

    [Test]
    public async Task RemoveMapping_Override_FileMappingAnswersAgain()
    {
        var guid = Session.AddMapping("avl", """
            { "Title": "feed down", "Request": { "Path": "/avl/lfb/status" },
              "Response": { "StatusCode": 503, "Headers": { "Content-Type": "text/plain" }, "Body": "down" } }
            """);
        var overridden = await Client.GetAsync("/avl/lfb/status");

        Session.RemoveMapping(guid);
        var restored = await Client.GetAsync("/avl/lfb/status");

        Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(restored.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public void AddMapping_PathOutsideEndpoint_ThrowsOneLineReason()
    {
        var error = Assert.Throws<StubMappingException>(() => Session.AddMapping("avl", """
            { "Title": "x", "Request": { "Path": "/cad/x" }, "Response": { "StatusCode": 204 } }
            """))!;

        Assert.That(error.Message, Is.EqualTo("override for avl:1:45: Request.Path '/cad/x' is outside /avl/: a mapping in folder avl/ must match paths under /avl/"));
    }

    [Test]
    public void SetFault_UnknownEndpoint_ListsTheEndpoints()
    {
        var error = Assert.Throws<ArgumentException>(() => Session.SetFault("hss", StubFault.ConnectionReset()))!;

        Assert.That(error.Message, Does.StartWith("no stub endpoint 'hss'; the stubs folder has avl, cad, cms, gms, idms, kms"));
    }

    private static string? State(string incidentJson) => JsonDocument.Parse(incidentJson).RootElement.GetProperty("state").GetString();
}
