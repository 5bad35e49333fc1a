namespace EsnHarness.Stubs;

/// <summary>
/// One scenario's isolated view of the HTTP stubs, wherever they run: a <see cref="StubSession"/> of an embedded
/// <see cref="StubHost"/>, or a <see cref="RemoteStubSession"/> opened on an <c>esn stubs serve</c> process through its
/// control API. Scenario states, journal, faults and runtime mappings are this session's own.
/// </summary>
public interface IStubSession : IAsyncDisposable
{
    /// <summary>Base address of this session, e.g. <c>http://127.0.0.1:41234/</c> or <c>https://stubs:8443/__esn/s/7f3a/</c>.
    /// Endpoint paths are relative to it (<c>idms/token</c>), so absolute URLs handed to a system under test reach this session.</summary>
    Uri Address { get; }

    /// <summary>The endpoint folders this session serves (<c>cad</c>, <c>idms</c>, ...).</summary>
    IReadOnlyList<string> Endpoints { get; }

    /// <summary>The stub defects switched on in this session (<c>cad.status-not-stored</c>, ...), sorted; empty for the faithful stubs.</summary>
    IReadOnlyList<string> Defects { get; }

    /// <summary>Sends a request to this session's stubs, over the transport (TLS, client certificate) the session was opened with.</summary>
    Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default);

    /// <summary>Moves WireMock scenario <paramref name="scenario"/> to <paramref name="state"/> in this session only.</summary>
    Task SetScenarioStateAsync(string scenario, string state, CancellationToken cancellationToken = default);

    /// <summary>Switches <paramref name="fault"/> on for requests to <paramref name="endpoint"/>.</summary>
    Task SetFaultAsync(string endpoint, StubFault fault, CancellationToken cancellationToken = default);

    /// <summary>Switches every fault off for <paramref name="endpoint"/>.</summary>
    Task ClearFaultsAsync(string endpoint, CancellationToken cancellationToken = default);

    /// <summary>Adds a mapping (JSON, the format of the files under stubs/) for this session only; returns its Guid.</summary>
    /// <exception cref="StubMappingException">The mapping is invalid; the message says why.</exception>
    Task<Guid> AddMappingAsync(string endpoint, string mappingJson, CancellationToken cancellationToken = default);

    /// <summary>Removes a mapping added with <see cref="AddMappingAsync"/>.</summary>
    Task RemoveMappingAsync(Guid guid, CancellationToken cancellationToken = default);

    /// <summary>Every request this session received, in order of arrival, optionally only those to <paramref name="endpoint"/>.</summary>
    Task<IReadOnlyList<ReceivedRequest>> ReceivedAsync(string? endpoint = null, CancellationToken cancellationToken = default);

    /// <summary>The requests matching <paramref name="expectation"/>; throws <see cref="StubVerificationException"/>, explaining
    /// what arrived instead, unless their number satisfies <paramref name="count"/>.</summary>
    Task<IReadOnlyList<ReceivedRequest>> VerifyAsync(RequestExpectation expectation, RequestCount count, CancellationToken cancellationToken = default);

    /// <summary>Waits up to <paramref name="timeout"/> until at least <paramref name="count"/> requests match
    /// <paramref name="expectation"/>, then verifies; throws <see cref="StubVerificationException"/> on the deadline.</summary>
    Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(RequestExpectation expectation, RequestCount count, TimeSpan timeout, CancellationToken cancellationToken = default);
}
