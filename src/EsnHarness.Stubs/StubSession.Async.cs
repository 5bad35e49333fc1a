namespace EsnHarness.Stubs;

/// <summary>The <see cref="IStubSession"/> face of an embedded session: the same operations, completed in-process.</summary>
public sealed partial class StubSession
{
    private HttpClient? _client;

    /// <inheritdoc />
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default)
    {
        var client = LazyInitializer.EnsureInitialized(ref _client, () => new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) });
        return client.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public Task SetScenarioStateAsync(string scenario, string state, CancellationToken cancellationToken = default)
    {
        SetScenarioState(scenario, state);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SetFaultAsync(string endpoint, StubFault fault, CancellationToken cancellationToken = default)
    {
        SetFault(endpoint, fault);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearFaultsAsync(string endpoint, CancellationToken cancellationToken = default)
    {
        ClearFaults(endpoint);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<Guid> AddMappingAsync(string endpoint, string mappingJson, CancellationToken cancellationToken = default) =>
        Task.FromResult(AddMapping(endpoint, mappingJson));

    /// <inheritdoc />
    public Task RemoveMappingAsync(Guid guid, CancellationToken cancellationToken = default)
    {
        RemoveMapping(guid);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReceivedRequest>> ReceivedAsync(string? endpoint = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(Received(endpoint));

    /// <inheritdoc />
    public Task<IReadOnlyList<ReceivedRequest>> VerifyAsync(RequestExpectation expectation, RequestCount count, CancellationToken cancellationToken = default) =>
        Task.FromResult(Verify(expectation, count));

    /// <summary>Raised (on a WireMock thread) whenever the journal changes; the gateway uses it to answer long polls.</summary>
    internal event EventHandler? JournalChanged
    {
        add => _server.JournalChanged += value;
        remove => _server.JournalChanged -= value;
    }
}
