using System.Collections.Concurrent;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Grpc;

/// <summary>One isolated world per scenario namespace, created on first use; never shared between namespaces.</summary>
internal sealed class WorldRegistry<T>(Func<string, T> create)
    where T : class
{
    private readonly ConcurrentDictionary<string, Lazy<T>> _worlds = new(StringComparer.Ordinal);

    public T For(ServerCallContext context) => For(Namespaces.Of(context));

    public T For(string ns) => _worlds.GetOrAdd(ns, n => new Lazy<T>(() => create(n))).Value;

    public IEnumerable<T> All => _worlds.Values.Where(l => l.IsValueCreated).Select(l => l.Value);
}
