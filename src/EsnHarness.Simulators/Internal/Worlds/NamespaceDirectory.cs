using System.Collections.Concurrent;
using EsnHarness.Simulators.Defects;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>
/// The namespaces a simulator host serves: their defects (host-wide from <c>esn sim --defect</c>, plus those a scenario
/// switches on before its first call), their last use, and their end: <see cref="CloseAsync"/> releases a namespace's
/// worlds of every role (terminals first, then interworking, MCX and network, so nothing calls into a closed world),
/// and a sweep evicts namespaces nobody has called for <see cref="SimulatorHostOptions.IdleNamespaceTimeout"/>.
/// </summary>
internal sealed class NamespaceDirectory : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, DefectSet> _defects = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DefectSet> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lastUse = new(StringComparer.Ordinal);
    private readonly List<IWorldRegistry> _registries = [];
    private readonly DefectSet _hostWide;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly TimeSpan _idle;
    private readonly ITimer? _sweep;

    public NamespaceDirectory(DefectSet hostWide, TimeProvider time, ILoggerFactory loggers, TimeSpan idle)
    {
        _hostWide = hostWide;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger("EsnHarness.Simulators.Namespaces");
        _idle = idle;
        if (idle > TimeSpan.Zero && idle != Timeout.InfiniteTimeSpan)
        {
            var every = idle / 4 < TimeSpan.FromMinutes(1) ? idle / 4 : TimeSpan.FromMinutes(1);
            _sweep = time.CreateTimer(_ => _ = SweepLoggedAsync(), null, every, every);
        }
    }

    /// <summary>Host-wide defects (every namespace has them).</summary>
    public DefectSet HostWide => _hostWide;

    /// <summary>Registers a role's worlds; the order of registration is the order of closing.</summary>
    public void Add(IWorldRegistry registry)
    {
        lock (_registries)
        {
            _registries.Add(registry);
        }
    }

    public void Touch(string ns) => _lastUse[ns] = _time.GetTimestamp();

    /// <summary>The scope a new world of <paramref name="role"/> in <paramref name="ns"/> starts with.</summary>
    public WorldScope OpenScope(string ns, string role)
    {
        var defects = Defects(ns);
        var logger = _loggers.CreateLogger($"EsnHarness.Simulators.{role}");
        SimulatorLog.WorldOpened(logger, role, ns, string.Join(", ", defects.Names));
        return new WorldScope(ns, role, defects, _time, logger);
    }

    /// <summary>The namespace's defects: one recording set per namespace, shared by its worlds of every role, fixed when its
    /// first world opens.</summary>
    public DefectSet Defects(string ns) =>
        _open.GetOrAdd(ns, n => (_defects.TryGetValue(n, out var own) ? _hostWide.Union(own) : _hostWide).Recording());

    /// <summary>The defects the namespace's worlds have consulted so far (active or not); empty for an unknown namespace.</summary>
    public IReadOnlyList<string> Consulted(string ns) => _open.TryGetValue(ns, out var set) ? set.Consulted : [];

    /// <summary>Switches defects on for a namespace that has no world yet.</summary>
    /// <exception cref="InvalidOperationException">The namespace already has a world (its defects were read when it opened).</exception>
    public DefectSet Activate(string ns, DefectSet defects)
    {
        if (Registries().FirstOrDefault(r => r.Holds(ns)) is { } open)
        {
            throw new InvalidOperationException(
                $"namespace '{ns}' already has a {open.Role} world; switch defects on before the namespace's first call");
        }

        _defects.AddOrUpdate(ns, defects, (_, existing) => existing.Union(defects));
        _open.TryRemove(ns, out _);
        var active = _hostWide.Union(_defects[ns]);
        SimulatorLog.DefectsActivated(_logger, ns, string.Join(", ", active.Names));
        Touch(ns);
        return active;
    }

    /// <summary>Releases every world of <paramref name="ns"/>; returns how many there were. Idempotent.</summary>
    public async Task<int> CloseAsync(string ns, string reason = "closed by the harness")
    {
        var closed = 0;
        foreach (var registry in Registries())
        {
            try
            {
                if (await registry.CloseAsync(ns))
                {
                    closed++;
                    SimulatorLog.WorldClosed(_logger, registry.Role, ns, reason);
                }
            }
            catch (Exception e)
            {
                SimulatorLog.WorldCloseFailed(_logger, e, registry.Role, ns);
            }
        }

        _defects.TryRemove(ns, out _);
        _open.TryRemove(ns, out _);
        _lastUse.TryRemove(ns, out _);
        return closed;
    }

    /// <summary>Closes the namespaces idle for longer than the host's idle timeout; returns them.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync()
    {
        var now = _time.GetTimestamp();
        var idle = _lastUse.Where(kv => _time.GetElapsedTime(kv.Value, now) >= _idle).Select(kv => kv.Key).ToList();
        foreach (var ns in idle)
        {
            SimulatorLog.NamespaceEvicted(_logger, ns, _idle.TotalMinutes);
            await CloseAsync(ns, "idle");
        }

        return idle;
    }

    private async Task SweepLoggedAsync()
    {
        try
        {
            await SweepAsync();
        }
        catch (Exception e)
        {
            SimulatorLog.SweepFailed(_logger, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sweep is not null)
        {
            await _sweep.DisposeAsync();
        }

        var all = Registries().SelectMany(r => r.Namespaces).Distinct(StringComparer.Ordinal).ToList();
        foreach (var ns in all)
        {
            await CloseAsync(ns, "host stopping");
        }
    }

    private IReadOnlyList<IWorldRegistry> Registries()
    {
        lock (_registries)
        {
            return [.. _registries];
        }
    }
}
