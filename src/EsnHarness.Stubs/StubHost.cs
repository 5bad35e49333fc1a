using System.Collections.Concurrent;
using EsnHarness.Stubs.Internal;

namespace EsnHarness.Stubs;

/// <summary>Hosts the HTTP stubs of a stubs folder on WireMock.Net. A run creates one host (run-scoped, e.g. in
/// <c>TestRunContext</c>); each scenario opens its own <see cref="StubSession"/>, a separate server on a free
/// loopback port, so concurrent scenarios never see each other's scenario states, journal, faults or overrides.
/// <see cref="Address"/> is a standalone server for <c>esn stubs serve</c>. No WireMock admin interface is started.</summary>
public sealed class StubHost : IStubSessionSource, IAsyncDisposable
{
    private readonly StubHostOptions _options;
    private readonly ConcurrentDictionary<StubSession, byte> _open = new();
    private readonly Random _seeds;
    private readonly Lock _gate = new();
    private readonly StubSession _standalone;
    private Task<StubServer>? _spare;
    private bool _disposed;

    private StubHost(StubCatalog catalog, StubHostOptions options)
    {
        Catalog = catalog;
        _options = options;
        _seeds = options.RandomSeed is { } seed ? new Random(seed) : new Random();
        _standalone = new StubSession(StartServer(options.Port), catalog, options.Time, onDispose: null);
    }

    /// <summary>The mappings served.</summary>
    public StubCatalog Catalog { get; }

    /// <summary>Base address of the standalone server (what <c>esn stubs serve</c> prints).</summary>
    public Uri Address => _standalone.Address;

    /// <summary>The standalone server as a session, for serving suppliers' own tests; scenarios use <see cref="OpenSessionAsync"/>.</summary>
    public StubSession Standalone => _standalone;

    /// <summary>Loads and checks every mapping under <paramref name="folder"/> and starts the standalone server.</summary>
    /// <exception cref="StubMappingException">A mapping is invalid: nothing is started; the message names the file and reason.</exception>
    public static Task<StubHost> StartAsync(string folder, StubHostOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.Run(
            () =>
            {
                var host = new StubHost(StubCatalog.Load(folder), options ?? new StubHostOptions());
                host.Replenish();
                return host;
            },
            cancellationToken);

    /// <summary>Opens an isolated session for one scenario; dispose it at the scenario's end.</summary>
    public async Task<StubSession> OpenSessionAsync(CancellationToken cancellationToken = default)
    {
        Task<StubServer>? spare;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            spare = _spare;
            _spare = null;
        }

        var server = spare is not null ? await spare.WaitAsync(cancellationToken) : await Task.Run(() => StartServer(0), cancellationToken);
        Replenish();
        var session = new StubSession(server, Catalog, _options.Time, s => _open.TryRemove(s, out _));
        _open[session] = 0;
        return session;
    }

    /// <inheritdoc />
    async Task<IStubSession> IStubSessionSource.OpenSessionAsync(CancellationToken cancellationToken) => await OpenSessionAsync(cancellationToken);

    /// <summary>Stops the standalone server, the warm spare and any session still open.</summary>
    public async ValueTask DisposeAsync()
    {
        Task<StubServer>? spare;
        lock (_gate)
        {
            _disposed = true;
            spare = _spare;
            _spare = null;
        }

        foreach (var session in _open.Keys)
        {
            await session.DisposeAsync();
        }

        await _standalone.DisposeAsync();
        if (spare is not null)
        {
            (await spare).Dispose();
        }
    }

    private void Replenish()
    {
        if (!_options.WarmSpare)
        {
            return;
        }

        lock (_gate)
        {
            if (!_disposed && _spare is null)
            {
                _spare = Task.Run(() => StartServer(0));
            }
        }
    }

    private StubServer StartServer(int port)
    {
        Random random;
        lock (_gate)
        {
            random = new Random(_seeds.Next());
        }

        return StubServer.Start(Catalog, _options, port, random);
    }
}
