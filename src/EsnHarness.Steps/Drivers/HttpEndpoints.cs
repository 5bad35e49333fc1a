using EsnHarness.Stubs;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: HTTP clients for the HTTP roles (CAD, IdMS, KMS, AVL, GMS, CMS). A role with an address in the
/// profile goes there; otherwise the scenario opens its own session on the embedded stubs (isolated state).
/// </summary>
public sealed class HttpEndpoints(EsnSession session) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<EsnRole, HttpClient> _clients = [];
    private StubSession? _stubs;

    /// <summary>The client for <paramref name="role"/>; relative paths resolve under the role's base address.</summary>
    public async Task<HttpClient> ClientAsync(EsnRole role)
    {
        if (session.Target.Has(role))
        {
            return session.Target.Http(role);
        }

        await _gate.WaitAsync();
        try
        {
            if (_clients.TryGetValue(role, out var client))
            {
                return client;
            }

            var host = session.Target.EmbeddedStubs
                ?? throw new InvalidOperationException($"Profile '{session.Target.Profile}' gives no address for role '{role}' and runs no embedded stubs.");
            _stubs ??= await host.OpenSessionAsync();
            client = new HttpClient { BaseAddress = _stubs.EndpointAddress(role.ToString().ToLowerInvariant()) };
            client.DefaultRequestHeaders.Add(Contracts.EsnMetadata.NamespaceHeader, session.Namespace);
            _clients[role] = client;
            return client;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_stubs is not null)
        {
            await _stubs.DisposeAsync();
        }

        _gate.Dispose();
    }
}
