using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Steps.Lifecycle;
using EsnHarness.Stubs;
using EsnHarness.Stubs.Esn;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Stubs;

/// <summary>Scenario-scoped driver for the HTTP stubs. For each HTTP role it opens this scenario's own session on first
/// use and closes it when the scenario ends: on the run's embedded stubs (an <see cref="IStubSessionSource"/>) when the profile leaves the
/// role embedded, or through the control API of the <c>esn stubs serve</c> the profile points the role at (roles that
/// share an address share one session). A session opens with the stub defects of the run's <see cref="ActiveDefects"/>
/// for the roles it serves (<c>cad.*</c>, <c>idms.*</c>, ...). Inject it into any binding or driver that needs a stub.</summary>
public sealed class ScenarioStubs(TestRunContext run) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, IStubSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>This scenario's session serving <paramref name="endpoint"/> (<c>cad</c>, <c>idms</c>, ...), opened on first use.</summary>
    /// <exception cref="InvalidOperationException">The run has neither an embedded stub host nor an address for the role.</exception>
    public async Task<IStubSession> SessionAsync(string endpoint, CancellationToken cancellationToken = default)
    {
        var role = RoleOf(endpoint);
        var key = KeyOf(role, out var external);
        if (_sessions.TryGetValue(key, out var open))
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_sessions.TryGetValue(key, out open))
            {
                return open;
            }

            var defects = DefectsFor(key);
            var session = external is not null
                ? await OpenRemoteAsync(external, role, defects, cancellationToken)
                : await OpenEmbeddedAsync(defects, cancellationToken);
            _sessions[key] = session;
            return session;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The sessions this scenario opened, without opening any.</summary>
    public IReadOnlyCollection<IStubSession> OpenSessions => _sessions.Values.ToArray();

    /// <summary>The IdMS stub of this scenario.</summary>
    public async Task<IdmsStub> IdmsAsync() => new(await SessionAsync(IdmsStub.Endpoint));

    /// <summary>The KMS stub of this scenario.</summary>
    public async Task<KmsStub> KmsAsync() => new(await SessionAsync(KmsStub.Endpoint));

    /// <summary>The agency CAD stubs of this scenario.</summary>
    public async Task<CadStub> CadAsync() => new(await SessionAsync(CadStub.Endpoint));

    /// <summary>The AVL feed stubs of this scenario.</summary>
    public async Task<AvlStub> AvlAsync() => new(await SessionAsync(AvlStub.Endpoint));

    /// <summary>Closes the sessions: their servers stop, so nothing they held reaches another scenario.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var session in _sessions.Values)
        {
            await session.DisposeAsync();
        }

        _gate.Dispose();
    }

    /// <summary>Sessions are shared by the roles at one address: the embedded host, or one <c>esn stubs serve</c>.</summary>
    private string KeyOf(EsnRole role, out EsnTarget? external)
    {
        external = run.TryGet<EsnTarget>(out var target) && target!.Has(role) ? target : null;
        return external?.Endpoint(role).AbsoluteUri ?? "embedded";
    }

    /// <summary>The run's stub defects of every HTTP role whose session is <paramref name="key"/>.</summary>
    private IReadOnlyList<string> DefectsFor(string key) =>
        run.TryGet<ActiveDefects>(out var defects) && defects!.Names.Count > 0
            ? [.. EsnRoles.All.Where(r => !r.IsGrpc() && KeyOf(r, out _) == key).SelectMany(r => defects.Of(r.Name()))]
            : [];

    private async Task<IStubSession> OpenEmbeddedAsync(IReadOnlyList<string> defects, CancellationToken cancellationToken) =>
        run.TryGet<IStubSessionSource>(out var stubs)
            ? await stubs.OpenSessionAsync(defects, cancellationToken)
            : throw new InvalidOperationException("No embedded HTTP stubs in this run: the process that runs the scenarios puts them in the run context before the run (esn run and the NUnit catalogue do, through EsnHarness.Hosting), or point the HTTP roles at an esn stubs serve.");

    private static async Task<IStubSession> OpenRemoteAsync(EsnTarget target, EsnRole role, IReadOnlyList<string> defects, CancellationToken cancellationToken)
    {
        try
        {
            return await RemoteStubSession.OpenAsync(target.Http(role), target.Endpoint(role), defects, target.Clock, cancellationToken);
        }
        catch (StubHostException e)
        {
            throw new InvalidOperationException($"Role '{role.Name()}': {e.Message}. Steps that set up or inspect this role's stubs need an esn stubs serve; point the role at one, or leave it embedded.", e);
        }
    }

    private static EsnRole RoleOf(string endpoint) =>
        EsnRoles.Parse(endpoint) is { } role && !role.IsGrpc()
            ? role
            : throw new ArgumentException($"no stub endpoint '{endpoint}'; the HTTP roles are {string.Join(", ", EsnRoles.All.Where(r => !r.IsGrpc()).Select(r => r.Name()))}", nameof(endpoint));
}
