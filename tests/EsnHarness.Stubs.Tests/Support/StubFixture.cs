using System.Net.Http.Headers;
using System.Text;

namespace EsnHarness.Stubs.Tests.Support;

/// <summary>Base for tests against the real stubs/ folder: one host per fixture, one session per test.</summary>
public abstract class StubFixture
{
    private StubHost? _host;
    private StubSession? _session;

    protected StubHost Host => _host ?? throw new InvalidOperationException("host not started");

    protected StubSession Session => _session ?? throw new InvalidOperationException("session not opened");

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await StubHost.StartAsync(RepositoryStubs.Folder);

    [OneTimeTearDown]
    public async Task StopHost()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [SetUp]
    public async Task OpenSession()
    {
        _session = await Host.OpenSessionAsync();
        Client = new HttpClient { BaseAddress = _session.Address, Timeout = TimeSpan.FromSeconds(10) };
    }

    [TearDown]
    public async Task CloseSession()
    {
        Client.Dispose();
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }
    }

    protected static StringContent Xml(string xml) => new(xml, Encoding.UTF8, new MediaTypeHeaderValue("application/xml"));

    protected static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    protected static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
