using EsnHarness.Stubs.Internal;

namespace EsnHarness.Stubs;

/// <summary>One scenario's own stub server: its scenario states, request journal, faults and runtime overrides are
/// invisible to every other session. Disposing it stops the server, so nothing carries over to another scenario.</summary>
public sealed partial class StubSession : IStubSession
{
    private readonly StubServer _server;
    private readonly StubCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly Action<StubSession>? _onDispose;
    private int _disposed;

    internal StubSession(StubServer server, StubCatalog catalog, TimeProvider time, IReadOnlyList<string> defects, Action<StubSession>? onDispose)
    {
        _server = server;
        Defects = defects;
        _catalog = catalog;
        _time = time;
        _onDispose = onDispose;
    }

    /// <summary>Base address of this session's server, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => _server.Address;

    /// <summary>The endpoint folders this session serves.</summary>
    public IReadOnlyList<string> Endpoints => _catalog.Endpoints;

    /// <summary>The stub defects switched on in this session, sorted (empty: the faithful stubs).</summary>
    public IReadOnlyList<string> Defects { get; }

    /// <summary>Base address of one endpoint, e.g. <c>http://127.0.0.1:41234/idms/</c>.</summary>
    /// <exception cref="ArgumentException">The catalogue has no such endpoint folder.</exception>
    public Uri EndpointAddress(string endpoint) => new(Address, RequireEndpoint(endpoint) + "/");

    /// <summary>Moves WireMock scenario <paramref name="scenario"/> to <paramref name="state"/> in this session only.</summary>
    public void SetScenarioState(string scenario, string state)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenario);
        _server.WireMock.SetScenarioState(scenario, state);
    }

    /// <summary>The current state of WireMock scenario <paramref name="scenario"/> in this session, or null when it has not started.</summary>
    public string? GetScenarioState(string scenario) =>
        _server.WireMock.Scenarios.FirstOrDefault(s => s.Name == scenario)?.NextState;

    /// <summary>Switches <paramref name="fault"/> on for every request to <paramref name="endpoint"/> (or the next
    /// <see cref="StubFault.Times"/> ones). A delay combines with one other fault; a new fault of the same family replaces the old.</summary>
    public void SetFault(string endpoint, StubFault fault) => _server.Faults.Set(RequireEndpoint(endpoint), fault);

    /// <summary>Switches every fault off for <paramref name="endpoint"/>.</summary>
    public void ClearFaults(string endpoint) => _server.Faults.Clear(RequireEndpoint(endpoint));

    /// <summary>The faults switched on for <paramref name="endpoint"/>.</summary>
    public IReadOnlyList<StubFault> ActiveFaults(string endpoint) => _server.Faults.Active(RequireEndpoint(endpoint));

    /// <summary>Adds a mapping for this session only, in the same JSON format as the files under stubs/. Without a
    /// Priority it wins over every file mapping. Returns its Guid.</summary>
    /// <exception cref="StubMappingException">The JSON is not a valid mapping for <paramref name="endpoint"/>.</exception>
    public Guid AddMapping(string endpoint, string mappingJson)
    {
        var problems = new List<StubProblem>();
        var model = MappingParser.Parse($"override for {RequireEndpoint(endpoint)}", endpoint, mappingJson, problems, MappingOrigin.Override);
        if (model is null)
        {
            throw new StubMappingException(problems);
        }

        _server.WireMock.WithMapping(model);
        return model.Guid!.Value;
    }

    /// <summary>Removes a mapping added with <see cref="AddMapping"/>.</summary>
    public void RemoveMapping(Guid guid) => _server.WireMock.DeleteMapping(guid);

    /// <summary>Every request this session received, in order of arrival, optionally only those to <paramref name="endpoint"/>.</summary>
    public IReadOnlyList<ReceivedRequest> Received(string? endpoint = null)
    {
        var all = _server.Journal();
        return endpoint is null ? all : all.Where(r => r.Endpoint == endpoint).ToList();
    }

    internal FaultTable Faults => _server.Faults;

    /// <summary>Stops this session's server.</summary>
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _onDispose?.Invoke(this);
            _client?.Dispose();
            _server.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private string RequireEndpoint(string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        return _catalog.Endpoints.Contains(endpoint, StringComparer.Ordinal)
            ? endpoint
            : throw new ArgumentException($"no stub endpoint '{endpoint}'; the stubs folder has {string.Join(", ", _catalog.Endpoints)}", nameof(endpoint));
    }
}
