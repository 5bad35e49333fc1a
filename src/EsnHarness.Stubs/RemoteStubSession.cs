using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EsnHarness.Stubs.Internal;
using EsnHarness.Stubs.Internal.Gateway;

namespace EsnHarness.Stubs;

/// <summary>
/// A stub session on an <c>esn stubs serve</c> process, driven through its control API over the caller's
/// <see cref="HttpClient"/> (which carries the TLS, client certificate and credentials of the profile). Behaves as an
/// embedded <see cref="StubSession"/>: its own scenario states, journal, faults and runtime mappings.
/// </summary>
public sealed class RemoteStubSession : IStubSession
{
    private readonly HttpClient _client;
    private readonly Uri _control;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _journalGate = new(1, 1);
    private readonly List<ReceivedRequest> _journal = [];
    private int _disposed;

    private RemoteStubSession(HttpClient client, Uri gateway, SessionOpened opened, TimeProvider time)
    {
        _client = client;
        _time = time;
        Address = new Uri(gateway, opened.Path);
        Endpoints = opened.Endpoints;
        Defects = opened.Defects ?? [];
        _control = new Uri(gateway, $"__esn/sessions/{opened.Id}/");
    }

    /// <inheritdoc />
    public Uri Address { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Endpoints { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Defects { get; }

    /// <summary>Opens a session on the gateway at <paramref name="gateway"/> (default: the client's base address).</summary>
    /// <exception cref="StubHostException">The address is not an <c>esn stubs serve</c> gateway or refused the session; the message says which.</exception>
    public static Task<RemoteStubSession> OpenAsync(HttpClient client, Uri? gateway = null, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        OpenAsync(client, gateway, [], time, cancellationToken);

    /// <summary>Opens a session on the gateway at <paramref name="gateway"/> (default: the client's base address) with
    /// <paramref name="defects"/> switched on in it.</summary>
    /// <exception cref="ArgumentException">The gateway does not know a defect; the message names it.</exception>
    /// <exception cref="StubHostException">The address is not an <c>esn stubs serve</c> gateway or refused the session; the message says which.</exception>
    public static async Task<RemoteStubSession> OpenAsync(HttpClient client, Uri? gateway, IReadOnlyList<string> defects, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        gateway ??= client.BaseAddress ?? throw new ArgumentException("the client has no BaseAddress: pass the gateway address", nameof(gateway));
        var url = new Uri(gateway, "__esn/sessions");
        using var content = defects.Count > 0 ? JsonContent.Create(new OpenSessionBody(defects), ControlJsonContext.Default.OpenSessionBody) : null;
        using var response = await client.PostAsync(url, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest && defects.Count > 0)
        {
            throw new ArgumentException($"{gateway} refused the session's defects{ErrorOf(body)}");
        }

        if (response.StatusCode != HttpStatusCode.Created || !body.TrimStart().StartsWith('{'))
        {
            throw new StubHostException($"{gateway} is not an esn stubs serve gateway that opens sessions (POST {url.AbsolutePath} answered HTTP {(int)response.StatusCode}{ErrorOf(body)})");
        }

        var opened = JsonSerializer.Deserialize(body, ControlJsonContext.Default.SessionOpened)
            ?? throw new StubHostException($"{gateway} answered the session request with an empty body");
        return new RemoteStubSession(client, gateway, opened, time ?? TimeProvider.System);
    }

    /// <inheritdoc />
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken = default) =>
        _client.SendAsync(request, cancellationToken);

    /// <inheritdoc />
    public Task SetScenarioStateAsync(string scenario, string state, CancellationToken cancellationToken = default) =>
        ControlAsync(HttpMethod.Put, $"scenarios/{Uri.EscapeDataString(scenario)}", JsonContent.Create(new ScenarioStateBody(state), ControlJsonContext.Default.ScenarioStateBody), cancellationToken);

    /// <inheritdoc />
    public Task SetFaultAsync(string endpoint, StubFault fault, CancellationToken cancellationToken = default) =>
        ControlAsync(HttpMethod.Put, $"faults/{Uri.EscapeDataString(endpoint)}", JsonContent.Create(FaultBody.From(fault), ControlJsonContext.Default.FaultBody), cancellationToken);

    /// <inheritdoc />
    public Task ClearFaultsAsync(string endpoint, CancellationToken cancellationToken = default) =>
        ControlAsync(HttpMethod.Delete, $"faults/{Uri.EscapeDataString(endpoint)}", null, cancellationToken);

    /// <inheritdoc />
    public async Task<Guid> AddMappingAsync(string endpoint, string mappingJson, CancellationToken cancellationToken = default)
    {
        var body = await ControlAsync(HttpMethod.Post, $"mappings/{Uri.EscapeDataString(endpoint)}", new StringContent(mappingJson, Encoding.UTF8, "application/json"), cancellationToken);
        return JsonSerializer.Deserialize(body, ControlJsonContext.Default.MappingAdded)!.Guid;
    }

    /// <inheritdoc />
    public Task RemoveMappingAsync(Guid guid, CancellationToken cancellationToken = default) =>
        ControlAsync(HttpMethod.Delete, $"mappings/{guid}", null, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedRequest>> ReceivedAsync(string? endpoint = null, CancellationToken cancellationToken = default)
    {
        var all = await RefreshAsync(TimeSpan.Zero, cancellationToken);
        return endpoint is null ? all : all.Where(r => r.Endpoint == endpoint).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedRequest>> VerifyAsync(RequestExpectation expectation, RequestCount count, CancellationToken cancellationToken = default)
    {
        var received = await ReceivedAsync(cancellationToken: cancellationToken);
        var matching = VerificationReport.Matching(expectation, received);
        return count.IsSatisfiedBy(matching.Count)
            ? matching
            : throw new StubVerificationException(VerificationReport.Explain(expectation, count, received));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(RequestExpectation expectation, RequestCount count, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = _time.GetTimestamp() + (long)(timeout.TotalSeconds * _time.TimestampFrequency);
        var received = await RefreshAsync(TimeSpan.Zero, cancellationToken);
        while (VerificationReport.Matching(expectation, received).Count < count.Count)
        {
            var left = _time.GetElapsedTime(_time.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero)
            {
                throw new StubVerificationException(VerificationReport.Explain(expectation, count, received, $" within {timeout.TotalMilliseconds:0} ms"));
            }

            // A long poll: the gateway answers as soon as the session's journal grows, or after the wait with nothing new.
            received = await RefreshAsync(left, cancellationToken);
        }

        return await VerifyAsync(expectation, count, cancellationToken);
    }

    /// <summary>Closes the session on the gateway; its server stops there.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            using var response = await _client.DeleteAsync(new Uri(_control.AbsoluteUri.TrimEnd('/')));
            _journalGate.Dispose();
        }
    }

    private async Task<IReadOnlyList<ReceivedRequest>> RefreshAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        await _journalGate.WaitAsync(cancellationToken);
        try
        {
            var after = _journal.Count == 0 ? 0 : _journal[^1].Sequence;
            var page = await ControlAsync(HttpMethod.Get, $"requests?after={after}&waitMs={(int)Math.Ceiling(wait.TotalMilliseconds)}", null, cancellationToken);
            var entries = JsonSerializer.Deserialize(page, ControlJsonContext.Default.ListReceivedRequest) ?? [];
            _journal.AddRange(entries.Select(r => r with { Headers = new Dictionary<string, IReadOnlyList<string>>(r.Headers, StringComparer.OrdinalIgnoreCase) }));
            return [.. _journal];
        }
        finally
        {
            _journalGate.Release();
        }
    }

    private async Task<string> ControlAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_control, path)) { Content = content };
        using var response = await _client.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var message = $"stub session {Address}: {method} {path.Split('?')[0]} refused (HTTP {(int)response.StatusCode}{ErrorOf(body)})";
            throw response.StatusCode == HttpStatusCode.BadRequest && path.StartsWith("mappings/", StringComparison.Ordinal)
                ? new StubMappingException([new StubProblem($"override for {path["mappings/".Length..]}", null, null, message)])
                : new StubHostException(message);
        }

        return body;
    }

    private static string ErrorOf(string body)
    {
        try
        {
            return body.TrimStart().StartsWith('{') && JsonSerializer.Deserialize(body, ControlJsonContext.Default.ControlError) is { Error: { } error } ? $": {error}" : string.Empty;
        }
        catch (JsonException)
        {
            return string.Empty;
        }
    }
}
