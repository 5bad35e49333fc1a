using System.Collections.Concurrent;
using EsnHarness.Stubs.Defects;
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
    private readonly IReadOnlyList<StubDefect> _hostWide;
    private Task<StubServer>? _spare;
    private bool _disposed;

    private StubHost(StubCatalog catalog, StubHostOptions options)
    {
        Catalog = catalog;
        _options = options;
        _seeds = options.RandomSeed is { } seed ? new Random(seed) : new Random();
        try
        {
            _hostWide = catalog.RequireDefects(options.Defects);
        }
        catch (ArgumentException e)
        {
            throw new StubHostException(e.Message, e);
        }

        _standalone = new StubSession(StartServer(options.Port), catalog, options.Time, Names(_hostWide), onDispose: null);
    }

    /// <summary>The mappings served.</summary>
    public StubCatalog Catalog { get; }

    /// <summary>Base address of the standalone server (what <c>esn stubs serve</c> prints).</summary>
    public Uri Address => _standalone.Address;

    /// <summary>The standalone server as a session, for serving suppliers' own tests; scenarios use <see cref="OpenSessionAsync(CancellationToken)"/>.</summary>
    public StubSession Standalone => _standalone;

    /// <summary>The stub defects on in every session of this host (<see cref="StubHostOptions.Defects"/>).</summary>
    public IReadOnlyList<string> HostWideDefects => Names(_hostWide);

    /// <summary>Loads and checks every mapping under <paramref name="folder"/> and starts the standalone server.</summary>
    /// <exception cref="StubMappingException">A mapping is invalid: nothing is started; the message names the file and reason.</exception>
    /// <exception cref="StubHostException">A host-wide defect is unknown or has no mappings in the folder; the message names it.</exception>
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
    public Task<StubSession> OpenSessionAsync(CancellationToken cancellationToken = default) => OpenSessionAsync([], cancellationToken);

    /// <summary>Opens an isolated session for one scenario with <paramref name="defects"/> switched on in it (besides the
    /// host-wide ones): their mappings answer ahead of the faithful ones, in this session only. Dispose it at the scenario's end.</summary>
    /// <exception cref="ArgumentException">A defect is unknown or has no mappings in the stubs folder; the message names it.</exception>
    public async Task<StubSession> OpenSessionAsync(IEnumerable<string> defects, CancellationToken cancellationToken = default)
    {
        var own = Catalog.RequireDefects(defects).Where(d => !_hostWide.Contains(d)).ToList();
        Task<StubServer>? spare;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            spare = _spare;
            _spare = null;
        }

        var server = spare is not null ? await spare.WaitAsync(cancellationToken) : await Task.Run(() => StartServer(0), cancellationToken);
        Replenish();
        if (own.Count > 0)
        {
            server.WireMock.WithMapping([.. Catalog.DefectModels(own)]);
        }

        var session = new StubSession(server, Catalog, _options.Time, Names([.. _hostWide, .. own]), s => _open.TryRemove(s, out _));
        _open[session] = 0;
        return session;
    }

    /// <inheritdoc />
    async Task<IStubSession> IStubSessionSource.OpenSessionAsync(IEnumerable<string> defects, CancellationToken cancellationToken) => await OpenSessionAsync(defects, cancellationToken);

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

        return StubServer.Start(Catalog, _options, port, random, Catalog.DefectModels(_hostWide));
    }

    private static IReadOnlyList<string> Names(IEnumerable<StubDefect> defects) => [.. defects.Select(d => d.Name).Order(StringComparer.Ordinal)];
}
