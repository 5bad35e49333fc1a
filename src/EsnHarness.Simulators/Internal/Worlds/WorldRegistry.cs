using System.Collections.Concurrent;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>
/// One isolated world of one role per scenario namespace, created on first use with the namespace's scope and
/// released when the namespace closes (<see cref="NamespaceDirectory"/>); never shared between namespaces.
/// </summary>
internal sealed class WorldRegistry<T>(string role, NamespaceDirectory directory, Func<WorldScope, T> create) : IWorldRegistry
    where T : class, IWorld
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _worlds = new(StringComparer.Ordinal);

    public string Role => role;

    public T For(ServerCallContext context) => For(Internal.Grpc.Namespaces.Of(context));

    public T For(string ns)
    {
        directory.Touch(ns);
        return _worlds.GetOrAdd(ns, n => new Lazy<T>(() => create(directory.OpenScope(n, role)))).Value;
    }

    public IEnumerable<T> All => _worlds.Values.Where(l => l.IsValueCreated).Select(l => l.Value);

    public bool Holds(string ns) => _worlds.TryGetValue(ns, out var world) && world.IsValueCreated;

    public async Task<bool> CloseAsync(string ns)
    {
        if (!_worlds.TryRemove(ns, out var world) || !world.IsValueCreated)
        {
            return false;
        }

        await world.Value.DisposeAsync();
        await world.Value.Scope.DisposeAsync();
        return true;
    }

    public IReadOnlyCollection<string> Namespaces => [.. _worlds.Keys];
}
