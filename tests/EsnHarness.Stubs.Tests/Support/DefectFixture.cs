namespace EsnHarness.Stubs.Tests.Support;

/// <summary>Base for defect tests: one host on the repository's stubs/, and per test a faithful session and a session
/// with one defect on, side by side (so each test also shows the defect stays in its own session).</summary>
public abstract class DefectFixture
{
    private StubHost? _host;
    private readonly List<StubSession> _sessions = [];

    protected StubHost Host => _host ?? throw new InvalidOperationException("host not started");

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

    [TearDown]
    public async Task CloseSessions()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
        }

        _sessions.Clear();
    }

    /// <summary>A faithful session and one with <paramref name="defect"/> on.</summary>
    protected async Task<(StubSession Faithful, StubSession Faulty)> SessionsAsync(string defect)
    {
        var faithful = await Host.OpenSessionAsync();
        _sessions.Add(faithful);
        var faulty = await Host.OpenSessionAsync([defect]);
        _sessions.Add(faulty);
        return (faithful, faulty);
    }

    /// <summary>Sends a request to a session and returns the status code and body.</summary>
    protected static async Task<(int Status, string Body, string? ETag)> SendAsync(StubSession session, HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(session.Address, path.TrimStart('/'))) { Content = content };
        using var response = await session.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag);
    }
}
