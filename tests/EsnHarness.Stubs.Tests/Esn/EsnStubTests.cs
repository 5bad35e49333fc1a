using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Esn;

public sealed class EsnStubTests : StubFixture
{
    private const string Crew = "sip:las.rru43@las.esn.gov.uk";

    [Test]
    public async Task IdmsRevoke_KnownUser_TokenRefusedOnlyForThatUser()
    {
        var idms = new IdmsStub(Session);
        var before = await idms.RequestTokenAsync(Crew);

        await idms.RevokeAsync(Crew);
        var after = await idms.RequestTokenAsync(Crew);
        var colleague = await idms.RequestTokenAsync("sip:las.e271@las.esn.gov.uk");
        var verified = await idms.VerifyTokenRequestsAsync(Crew, RequestCount.Exactly(2));

        Assert.Multiple(() =>
        {
            Assert.That(before.Issued, Is.True, before.ToString());
            Assert.That(after.Issued, Is.False);
            Assert.That(after.Error, Is.EqualTo("invalid_grant"));
            Assert.That(colleague.Issued, Is.True);
            Assert.That(verified, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void TokenResult_ToString_NeverShowsTheToken()
    {
        var result = new TokenResult(200, "esn-at-secret-value", null, Crew);

        Assert.That(result.ToString(), Does.Not.Contain("secret"));
    }

    [Test]
    public async Task KmsRevoke_KnownUser_KeyMaterialRefused()
    {
        var kms = new KmsStub(Session);
        var before = await kms.RequestKeysAsync(Crew);

        await kms.RevokeAsync(Crew);
        var after = await kms.RequestKeysAsync(Crew);

        Assert.Multiple(() =>
        {
            Assert.That(before.Provisioned, Is.True);
            Assert.That(before.UserUri, Is.EqualTo(Crew));
            Assert.That(after.Provisioned, Is.False);
            Assert.That(after.StatusCode, Is.EqualTo(403));
            Assert.That(after.Error, Is.EqualTo("revoked"));
        });
    }

    [Test]
    public async Task KmsRequestKeys_PreRevokedUser_Refused()
    {
        var result = await new KmsStub(Session).RequestKeysAsync("sip:mps.pc7734.lost@mps.esn.gov.uk");

        Assert.That(result.Provisioned, Is.False);
        Assert.That(result.Error, Is.EqualTo("revoked"));
    }

    [Test]
    public void Revoke_NotAnMcpttId_ClearError()
    {
        Assert.That(() => new KmsStub(Session).RevokeAsync("PC Patel"), Throws.ArgumentException.With.Message.StartsWith("'PC Patel' is not an MCPTT ID"));
    }

    [Test]
    public async Task CadDispatch_AcknowledgedByCrew_StateMovesAndWaitCompletes()
    {
        var cad = new CadStub(Session);
        var dispatch = await cad.DispatchAsync("LAS", "C1-0977", "Cardiac arrest, defibrillator needed, Kennington Rd", "E271");
        var stateBefore = await cad.IncidentStateAsync("LAS", "C1-0977");
        var waiting = cad.WaitForAcknowledgementAsync("LAS", "C1-0977", "E271", TimeSpan.FromSeconds(10));

        var ack = await Client.PostAsync(new Uri(dispatch.IncidentAddress + "/acknowledgements"), Json("""{"resource":"E271"}"""));
        await waiting;

        Assert.Multiple(async () =>
        {
            Assert.That((int)ack.StatusCode, Is.EqualTo(202));
            Assert.That(stateBefore, Is.EqualTo("dispatched"));
            Assert.That(await cad.IncidentStateAsync("LAS", "C1-0977"), Is.EqualTo("acknowledged"));
            Assert.That(await cad.IncidentStateAsync("LFB", "C1-0977"), Is.Null);
        });
    }

    [Test]
    public async Task CadWaitForStatus_StatusArrives_Completes()
    {
        var cad = new CadStub(Session);
        var waiting = cad.WaitForStatusAsync("LFB", "A241", "Mobile", TimeSpan.FromSeconds(10));

        await Client.PostAsync("/cad/lfb/resources/A241/status", Json("""{"code":32769,"status":"Mobile"}"""));

        Assert.That((await waiting).Single().MappingTitle, Is.EqualTo("CAD LFB: status of a resource not in the register refused"));
    }

    [Test]
    public void CadWaitForStatus_WrongStatus_TimesOutNamingWhatArrived()
    {
        var cad = new CadStub(Session);

        Assert.That(
            async () =>
            {
                await Client.PostAsync("/cad/lfb/resources/A241/status", Json("""{"code":32771,"status":"Available"}"""));
                await cad.WaitForStatusAsync("LFB", "A241", "Mobile", TimeSpan.FromMilliseconds(300));
            },
            Throws.InstanceOf<StubVerificationException>().With.Message.Contains("json $.status = \"Mobile\": was \"Available\""));
    }

    [Test]
    public async Task AvlWaitForPosition_ReportArrives_Completes()
    {
        var avl = new AvlStub(Session);
        var waiting = avl.WaitForPositionAsync("MPS", "LX-21", TimeSpan.FromSeconds(10));

        await Client.PostAsync("/avl/mps/positions", new StringContent("""{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.11,51.49]},"properties":{"resource":"LX-21","time":"2026-11-23T15:00:00Z"}}""", System.Text.Encoding.UTF8, "application/geo+json"));

        Assert.That((await waiting).Single().Path, Is.EqualTo("/avl/mps/positions"));
    }

    [Test]
    public void Dispatch_AgencyThatIsNoPathSegment_ClearError()
    {
        Assert.That(() => new CadStub(Session).DispatchAsync("../LAS", "X-1", "x", "A1"), Throws.ArgumentException.With.Message.StartsWith("agency '../LAS' is not a short name of letters (e.g. LAS)"));
    }

    [Test]
    public async Task Dispatch_AgencyWithoutMappingsOfItsOwn_ServedUnderItsSegment()
    {
        var cad = new CadStub(Session);

        var dispatch = await cad.DispatchAsync("BTP", "BTP-771", "Person on the track, Bank branch", "BX-21");

        Assert.Multiple(async () =>
        {
            Assert.That(dispatch.IncidentAddress.AbsolutePath, Does.EndWith("/cad/btp/incidents/BTP-771"));
            Assert.That(await cad.IncidentStateAsync("BTP", "BTP-771"), Is.EqualTo("dispatched"));
        });
    }

    [Test]
    public async Task RequestKeysAndToken_EndpointsFailWithHttp503_RefusalsNotCrashes()
    {
        Session.SetFault("kms", StubFault.HttpError(503));
        Session.SetFault("idms", StubFault.HttpError(503));

        var keys = await new KmsStub(Session).RequestKeysAsync(Crew);
        var token = await new IdmsStub(Session).RequestTokenAsync(Crew);

        Assert.That(keys, Is.EqualTo(new KeyProvisionResult(503, false, null, "not a KMS answer (application/problem+json)")));
        Assert.That(token.Issued, Is.False);
        Assert.That(token.StatusCode, Is.EqualTo(503));
    }
}
