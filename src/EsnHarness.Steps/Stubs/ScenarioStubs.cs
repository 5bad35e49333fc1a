using EsnHarness.Bdd;
using EsnHarness.Stubs;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Stubs;

/// <summary>Scenario-scoped driver for the HTTP stubs: opens this scenario's own <see cref="StubSession"/> from the
/// run's <see cref="StubHost"/> on first use and closes it when the scenario ends. Inject it into any binding or
/// driver that needs a stub's address (e.g. to point a simulator at the scenario's IdMS).</summary>
public sealed class ScenarioStubs(TestRunContext run) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private StubSession? _session;

    /// <summary>This scenario's stub session, opened on first use.</summary>
    /// <exception cref="InvalidOperationException">The run has no <see cref="StubHost"/>.</exception>
    public async Task<StubSession> SessionAsync(CancellationToken cancellationToken = default)
    {
        if (_session is { } open)
        {
            return open;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!run.TryGet<StubHost>(out var host))
            {
                throw new InvalidOperationException("No HTTP stub host in this run: start one with StubHost.StartAsync(stubsFolder) and put it in the TestRunContext before the run (esn run does this).");
            }

            return _session ??= await host.OpenSessionAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The session if this scenario opened one, without opening it.</summary>
    public StubSession? OpenSession => _session;

    /// <summary>The IdMS stub of this scenario.</summary>
    public async Task<IdmsStub> IdmsAsync() => new(await SessionAsync());

    /// <summary>The KMS stub of this scenario.</summary>
    public async Task<KmsStub> KmsAsync() => new(await SessionAsync());

    /// <summary>The agency CAD stubs of this scenario.</summary>
    public async Task<CadStub> CadAsync() => new(await SessionAsync());

    /// <summary>The AVL feed stubs of this scenario.</summary>
    public async Task<AvlStub> AvlAsync() => new(await SessionAsync());

    /// <summary>Closes the session: its server stops, so nothing it held reaches another scenario.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _gate.Dispose();
    }
}
