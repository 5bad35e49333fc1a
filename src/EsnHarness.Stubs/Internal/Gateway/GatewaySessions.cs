using System.Collections.Concurrent;

namespace EsnHarness.Stubs.Internal.Gateway;

/// <summary>The sessions a gateway opened for its clients, by id; bounded by <see cref="StubGatewayOptions.MaxSessions"/>.</summary>
internal sealed class GatewaySessions(StubHost host, int maxSessions) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, StubSession> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;

    /// <exception cref="ArgumentException">A defect is unknown or has no mappings; the message names it.</exception>
    public async Task<(string Id, StubSession Session)?> OpenAsync(IReadOnlyList<string> defects, CancellationToken cancellationToken)
    {
        if (_sessions.Count >= maxSessions)
        {
            return null;
        }

        var session = await host.OpenSessionAsync(defects, cancellationToken);
        var id = Guid.NewGuid().ToString("N")[..16];
        _sessions[id] = session;
        return (id, session);
    }

    public StubSession? Find(string id) => _sessions.TryGetValue(id, out var session) ? session : null;

    public async Task<bool> CloseAsync(string id)
    {
        if (!_sessions.TryRemove(id, out var session))
        {
            return false;
        }

        await session.DisposeAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _sessions.Keys)
        {
            await CloseAsync(id);
        }
    }
}
