using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace EsnHarness.Bdd;

/// <summary>
/// A run-scoped typed bag the host fills before the run (or a <see cref="BeforeTestRunAttribute"/> hook fills).
/// Objects in it are shared by every scenario and injected into binding constructors by type.
/// Injectable itself, and the parameter of static BeforeTestRun/AfterTestRun hooks. Thread-safe.
/// </summary>
public sealed class TestRunContext
{
    private readonly ConcurrentDictionary<Type, object> _items = new();

    /// <summary>Stores <paramref name="value"/> under its static type <typeparamref name="T"/>, replacing any previous one.</summary>
    public void Set<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        _items[typeof(T)] = value;
    }

    /// <summary>The object stored under <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">Nothing was stored under that type.</exception>
    public T Get<T>()
        where T : class
    {
        return TryGet<T>(out var value)
            ? value
            : throw new InvalidOperationException($"The test run context holds no {typeof(T).FullName}; set it before the run or in a [BeforeTestRun] hook.");
    }

    /// <summary>Looks up the object stored under <typeparamref name="T"/>.</summary>
    public bool TryGet<T>([NotNullWhen(true)] out T? value)
        where T : class
    {
        if (_items.TryGetValue(typeof(T), out var found))
        {
            value = (T)found;
            return true;
        }

        value = null;
        return false;
    }

    internal bool TryGet(Type type, [NotNullWhen(true)] out object? value) => _items.TryGetValue(type, out value);

    /// <summary>A new context holding the same objects, to which one run adds its own (e.g. the passes of a mutation run that
    /// share the hosts but switch on different defects).</summary>
    public TestRunContext Branch()
    {
        var branch = new TestRunContext();
        foreach (var (type, value) in _items)
        {
            branch._items[type] = value;
        }

        return branch;
    }
}
