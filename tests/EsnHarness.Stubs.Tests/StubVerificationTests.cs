using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubVerificationTests : StubFixture
{
    private static readonly RequestExpectation AtSceneFromRru43 = RequestExpectation.To(
        "cad",
        RequestCondition.Method("POST"),
        RequestCondition.Path("/cad/las/resources/*/status"),
        RequestCondition.Header("Content-Type", "application/json"),
        RequestCondition.JsonPath("$.status", "At scene"),
        RequestCondition.Path("/cad/las/resources/RRU43/status"));

    [Test]
    public async Task Verify_ExactlyOneMatching_ReturnsIt()
    {
        await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32770,"status":"At scene"}"""));
        await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32771,"status":"Left scene"}"""));

        var matching = Session.Verify(AtSceneFromRru43, RequestCount.Exactly(1));

        Assert.That(matching.Single().Body, Does.Contain("At scene"));
        Assert.That(matching.Single().MappingTitle, Is.EqualTo("CAD LAS: status of a resource not in the register refused"));
    }

    [Test]
    public async Task Verify_AtLeast_CountsEveryMatch()
    {
        for (var i = 0; i < 3; i++)
        {
            await Client.GetAsync("/avl/mps/status");
        }

        Assert.That(Session.Verify(RequestExpectation.To("avl", RequestCondition.Method("GET")), RequestCount.AtLeastOf(2)), Has.Count.EqualTo(3));
        Assert.Throws<StubVerificationException>(() => Session.Verify(RequestExpectation.To("avl"), RequestCount.Exactly(2)));
    }

    [Test]
    public async Task Verify_NoMatch_ListsRequestsAndTheClosestMismatch()
    {
        await Client.GetAsync("/cad/las/status-codes");
        await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32771,"status":"Left scene"}"""));

        var error = Assert.Throws<StubVerificationException>(() => Session.Verify(AtSceneFromRru43, RequestCount.Exactly(1)))!;

        Assert.That(error.Message, Does.StartWith("expected exactly 1 request to 'cad' matching [method POST, path /cad/las/resources/*/status, header Content-Type = application/json, json $.status = \"At scene\", path /cad/las/resources/RRU43/status] but 0 matched."));
        Assert.That(error.Message, Does.Contain("Requests received by 'cad' (2):"));
        Assert.That(error.Message, Does.Contain("#1 ").And.Contain("GET /cad/las/status-codes"));
        Assert.That(error.Message, Does.Contain("#2 ").And.Contain("POST /cad/las/resources/RRU43/status [application/json] {\"code\":32771,\"status\":\"Left scene\"}"));
        Assert.That(error.Message, Does.EndWith("Closest: #2 met 4 of 5 conditions; json $.status = \"At scene\": was \"Left scene\""));
    }

    [Test]
    public async Task Verify_TooMany_ListsTheMatchingRequests()
    {
        await Client.GetAsync("/avl/las/status");
        await Client.GetAsync("/avl/las/status");

        var error = Assert.Throws<StubVerificationException>(() => Session.Verify(RequestExpectation.To("avl", RequestCondition.Path("/avl/las/status")), RequestCount.Exactly(1)))!;

        Assert.That(error.Message, Does.Contain("but 2 matched").And.Contain("Matching requests (2):"));
    }

    [Test]
    public async Task Verify_XPathOnKmsRequest_MatchesUserUri()
    {
        await Client.PostAsync("/kms/keymanagement/identity/v1/keyprov", Xml(Kms("sip:lfb.a241.oic@lfb.esn.gov.uk")));

        var expectation = RequestExpectation.To("kms", RequestCondition.XPath("//*[local-name()='UserUri']", "sip:lfb.a241.oic@lfb.esn.gov.uk"));
        var wrong = RequestExpectation.To("kms", RequestCondition.XPath("//*[local-name()='UserUri']", "sip:las.rru43@las.esn.gov.uk"));

        Assert.That(Session.Verify(expectation, RequestCount.Exactly(1)), Has.Count.EqualTo(1));
        Assert.That(() => Session.Verify(wrong, RequestCount.Exactly(1)), Throws.InstanceOf<StubVerificationException>()
            .With.Message.Contains("xpath //*[local-name()='UserUri'] = \"sip:las.rru43@las.esn.gov.uk\": was \"sip:lfb.a241.oic@lfb.esn.gov.uk\""));
    }

    [Test]
    public async Task Verify_FormFieldWithPassword_MatchesButNeverShowsThePassword()
    {
        await Client.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", "sip:someone@example.com"), ("password", "hunter2")));

        var error = Assert.Throws<StubVerificationException>(() => Session.Verify(
            RequestExpectation.To("idms", RequestCondition.FormField("username", "sip:las.rru43@las.esn.gov.uk")), RequestCount.Exactly(1)))!;

        Assert.That(error.Message, Does.Contain("form username = sip:las.rru43@las.esn.gov.uk: was \"sip:someone@example.com\""));
        Assert.That(error.Message, Does.Not.Contain("hunter2"));
        Assert.That(error.Message, Does.Contain("password=***"));
    }

    [Test]
    public async Task Verify_AuthorizationHeaderMismatch_ShowsSchemeButNotTheCredential()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/avl/las/status");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "esn-at-very-secret");
        await Client.SendAsync(request);

        var error = Assert.Throws<StubVerificationException>(() =>
            Session.Verify(RequestExpectation.To("avl", RequestCondition.Header("Authorization", "Basic *")), RequestCount.Exactly(1)))!;

        Assert.That(error.Message, Does.Contain("header Authorization = Basic *: was \"Bearer ***\""));
        Assert.That(error.Message, Does.Not.Contain("very-secret"));
    }

    [Test]
    public async Task WaitForAsync_RequestArrivesLater_CompletesWhenItArrives()
    {
        var waiting = Session.WaitForAsync(RequestExpectation.To("avl", RequestCondition.Method("POST")), RequestCount.Exactly(1), TimeSpan.FromSeconds(10));
        Assert.That(waiting.IsCompleted, Is.False);

        await Client.PostAsync("/avl/lfb/positions", Json("""{"type":"Feature","geometry":{"type":"Point","coordinates":[-0.13,51.51]},"properties":{"resource":"A241","time":"2026-11-23T14:00:00Z"}}"""));

        Assert.That((await waiting).Single().Path, Is.EqualTo("/avl/lfb/positions"));
    }

    [Test]
    public async Task WaitForAsync_DeadlinePasses_ThrowsWithWhatArrived()
    {
        await Client.GetAsync("/avl/lfb/status");

        var error = Assert.ThrowsAsync<StubVerificationException>(() =>
            Session.WaitForAsync(RequestExpectation.To("avl", RequestCondition.Method("POST")), RequestCount.AtLeastOf(1), TimeSpan.FromMilliseconds(200)))!;

        Assert.That(error.Message, Does.Contain("but 0 matched within 200 ms").And.Contain("GET /avl/lfb/status"));
    }

    [TestCase("header", "x")]
    [TestCase("colour", "red")]
    public void Parse_BadKind_FormatExceptionSaysWhatIsAllowed(string kind, string value)
    {
        Assert.That(() => RequestCondition.Parse(kind, value), Throws.InstanceOf<FormatException>().With.Message.Contains(kind));
    }

    [Test]
    public void Parse_EveryKind_DescribesItself()
    {
        var described = new[] { ("method", "post"), ("path", "/a/*"), ("header Accept", "*/xml"), ("query id", "1"), ("form username", "u"), ("json $.a", "*"), ("xpath //a", "b"), ("body contains", "x") }
            .Select(c => RequestCondition.Parse(c.Item1, c.Item2).Description);

        Assert.That(described, Is.EqualTo(new[] { "method POST", "path /a/*", "header Accept = */xml", "query id = 1", "form username = u", "json $.a present", "xpath //a = \"b\"", "body contains \"x\"" }));
    }

    private static string Kms(string user) =>
        $"""<KmsRequest xmlns="urn:3gpp:ns:mcsecKMSInterface:1.0" Version="1.1.0"><UserUri>{user}</UserUri><KmsUri>kms.esn.gov.uk</KmsUri></KmsRequest>""";
}
