using System.Net;
using System.Text;
using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Gateway;

/// <summary>The esn stubs serve gateway: remote sessions behave as embedded ones, isolated from each other.</summary>
public sealed class StubGatewayTests
{
    private StubHost _host = null!;
    private StubGateway _gateway = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = await StubHost.StartAsync(RepositoryStubs.Folder, new StubHostOptions { WarmSpare = false });
        _gateway = await StubGateway.StartAsync(_host);
        _client = new HttpClient { BaseAddress = _gateway.Address, Timeout = TimeSpan.FromSeconds(20) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task RootPath_NoSession_ServesTheCatalogue()
    {
        using var response = await _client.GetAsync("avl/lfb/status");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"agency\": \"lfb\""));
    }

    [Test]
    public async Task AddMappingAsync_OneSession_OtherSessionDoesNotSeeIt()
    {
        await using var first = await RemoteStubSession.OpenAsync(_client);
        await using var second = await RemoteStubSession.OpenAsync(_client);

        var dispatch = await new CadStub(first).DispatchAsync("LAS", "C1-0977", "Cardiac arrest", "E271");
        var inFirst = await new CadStub(first).IncidentStateAsync("LAS", "C1-0977");
        var inSecond = await new CadStub(second).IncidentStateAsync("LAS", "C1-0977");

        Assert.Multiple(() =>
        {
            Assert.That(first.Address.AbsolutePath, Does.StartWith("/__esn/s/"));
            Assert.That(dispatch.IncidentAddress.AbsoluteUri, Does.StartWith(first.Address.AbsoluteUri));
            Assert.That(inFirst, Is.EqualTo("dispatched"));
            Assert.That(inSecond, Is.Null);
        });
    }

    [Test]
    public async Task ReceivedAsync_RequestsThroughTheGateway_JournalOfThatSessionOnly()
    {
        await using var first = await RemoteStubSession.OpenAsync(_client);
        await using var second = await RemoteStubSession.OpenAsync(_client);

        using var response = await _client.GetAsync(new Uri(first.Address, "avl/las/status"));
        var journal = await first.ReceivedAsync("avl");
        var other = await second.ReceivedAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(journal.Select(r => r.Path), Is.EqualTo(new[] { "/avl/las/status" }));
            Assert.That(journal[0].Header("content-length") ?? journal[0].Header("host"), Is.Not.Null, "headers are looked up without regard to case");
            Assert.That(other, Is.Empty);
        });
    }

    [Test]
    public async Task SetFaultAsync_HttpError_ThenClear_AnswersNormallyAgain()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);

        await session.SetFaultAsync("avl", StubFault.HttpError(503));
        using var failed = await _client.GetAsync(new Uri(session.Address, "avl/las/status"));
        await session.ClearFaultsAsync("avl");
        using var recovered = await _client.GetAsync(new Uri(session.Address, "avl/las/status"));

        Assert.That((failed.StatusCode, recovered.StatusCode), Is.EqualTo((HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK)));
    }

    [Test]
    public async Task SetFaultAsync_ConnectionReset_ClientSeesTheConnectionFail()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);

        await session.SetFaultAsync("cad", StubFault.ConnectionReset());

        Assert.ThrowsAsync<HttpRequestException>(() => _client.GetAsync(new Uri(session.Address, "cad/las/incidents/C1-0412")));
    }

    [Test]
    public async Task WaitForAsync_RequestArrivesWhileWaiting_Returns()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);
        var expectation = RequestExpectation.To("avl", RequestCondition.Path("/avl/mps/status"));

        var waiting = session.WaitForAsync(expectation, RequestCount.AtLeastOf(1), TimeSpan.FromSeconds(15));
        using var response = await _client.GetAsync(new Uri(session.Address, "avl/mps/status"));
        var matched = await waiting;

        Assert.That(matched.Single().Path, Is.EqualTo("/avl/mps/status"));
    }

    [Test]
    public async Task WaitForAsync_NothingArrives_ExplainsAtTheDeadline()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);
        using var unrelated = await _client.GetAsync(new Uri(session.Address, "avl/las/status"));

        var error = Assert.ThrowsAsync<StubVerificationException>(() =>
            session.WaitForAsync(RequestExpectation.To("avl", RequestCondition.Path("/avl/mps/status")), RequestCount.AtLeastOf(1), TimeSpan.FromMilliseconds(300)))!;

        Assert.That(error.Message, Does.Contain("within 300 ms").And.Contain("/avl/las/status"));
    }

    [Test]
    public async Task SetScenarioStateAsync_CadIncident_MovesOnlyThisSession()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);
        await using var other = await RemoteStubSession.OpenAsync(_client);

        await session.SetScenarioStateAsync("LAS incident C1-0412", "acknowledged");

        Assert.That(await new CadStub(session).IncidentStateAsync("LAS", "C1-0412"), Is.EqualTo("acknowledged"));
        Assert.That(await new CadStub(other).IncidentStateAsync("LAS", "C1-0412"), Is.EqualTo("dispatched"));
    }

    [Test]
    public async Task AddMappingAsync_InvalidJson_MappingErrorNamesTheEndpoint()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);

        var error = Assert.ThrowsAsync<StubMappingException>(() => session.AddMappingAsync("cad", "{ not json"))!;

        Assert.That(error.Message, Does.Contain("cad").And.Contain("HTTP 400"));
    }

    [Test]
    public async Task DisposeAsync_Session_PathAnswers404WithReason()
    {
        var session = await RemoteStubSession.OpenAsync(_client);
        var address = session.Address;

        await session.DisposeAsync();
        using var response = await _client.GetAsync(new Uri(address, "avl/las/status"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("no open stub session"));
    }

    [Test]
    public async Task OpenAsync_PlainStubServerNotAGateway_ClearError()
    {
        using var client = new HttpClient { BaseAddress = _host.Address };

        var error = Assert.ThrowsAsync<StubHostException>(() => RemoteStubSession.OpenAsync(client))!;

        Assert.That(error.Message, Does.Contain("is not an esn stubs serve gateway").And.Contain("HTTP 404"));
        await Task.CompletedTask;
    }

    [Test]
    public async Task PostThroughGateway_FormBody_ReachesTheStubIntact()
    {
        await using var session = await RemoteStubSession.OpenAsync(_client);

        var token = await new IdmsStub(session).RequestTokenAsync("sip:las.rru43@las.esn.gov.uk");
        using var raw = await _client.PostAsync(new Uri(session.Address, "idms/token"), new StringContent("grant_type=password&username=nobody", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.That(token.Issued, Is.True, token.ToString());
        Assert.That(raw.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }
}
