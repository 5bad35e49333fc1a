using System.Reflection;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Per-scenario constructor injection: run-scoped objects come from the <see cref="TestRunContext"/>; anything else is
/// created once per scenario (shared by all binding classes of it) and disposed, newest first, when the scenario ends.
/// </summary>
internal sealed class ScenarioServices(TestRunContext run, IReadOnlyDictionary<Type, object> fixedServices) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> _instances = [];
    private readonly List<object> _created = [];
    private readonly Lock _gate = new();

    public object Resolve(Type type)
    {
        lock (_gate)
        {
            return Resolve(type, []);
        }
    }

    public object?[] ResolveParameters(MethodInfo method, CancellationToken cancellationToken) =>
        method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : Resolve(p.ParameterType)).ToArray();

    public async ValueTask DisposeAsync()
    {
        List<object> created;
        lock (_gate)
        {
            created = [.. _created];
            _created.Clear();
            _instances.Clear();
        }

        var errors = new List<Exception>();
        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                if (created[i] is IAsyncDisposable asyncDisposable)
                {
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                }
                else if (created[i] is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
            catch (Exception ex)
            {
                errors.Add(ex);
            }
        }

        if (errors.Count > 0)
        {
            throw new AggregateException("Disposing scenario objects failed: " + string.Join("; ", errors.Select(e => e.Message)), errors);
        }
    }

    private object Resolve(Type type, List<Type> chain)
    {
        if (type == typeof(TestRunContext))
        {
            return run;
        }

        if (fixedServices.TryGetValue(type, out var service) || run.TryGet(type, out service) || _instances.TryGetValue(type, out service))
        {
            return service;
        }

        if (chain.Contains(type))
        {
            throw new BddConfigurationException($"circular constructor dependency: {string.Join(" -> ", chain.Append(type).Select(t => t.Name))}");
        }

        if (type.IsAbstract || type.IsInterface || type.IsPrimitive || type == typeof(string))
        {
            throw new InvalidOperationException($"cannot inject {type.FullName}{(chain.Count > 0 ? " into " + chain[^1].FullName : string.Empty)}: put an instance in the TestRunContext or ask for a concrete class");
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"cannot inject {type.FullName}: it has no public constructor");
        chain.Add(type);
        var arguments = constructor.GetParameters().Select(p => Resolve(p.ParameterType, chain)).ToArray();
        chain.RemoveAt(chain.Count - 1);
        object instance;
        try
        {
            instance = constructor.Invoke(arguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"constructor of {type.FullName} failed: {ex.InnerException.Message}", ex.InnerException);
        }

        _instances[type] = instance;
        _created.Add(instance);
        return instance;
    }
}
