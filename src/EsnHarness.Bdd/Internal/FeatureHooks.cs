using System.Collections.Concurrent;

namespace EsnHarness.Bdd.Internal;

/// <summary>BeforeFeature before a feature's first scenario starts, AfterFeature when its last scenario ends, even when
/// scenarios of several features run in parallel.</summary>
internal sealed class FeatureHooks(RunServices run, IReadOnlyDictionary<string, IReadOnlyList<string>> featureTags, Action<string> reportError)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<Exception?>>> _before = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _remaining = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _finished = new(StringComparer.Ordinal);

    public void Expect(IEnumerable<TestCasePlan> plans)
    {
        foreach (var group in plans.GroupBy(p => p.Pickle.Info.Uri))
        {
            _remaining[group.Key] = group.Count();
        }
    }

    public Task<Exception?> BeforeAsync(string uri, CancellationToken cancellationToken) =>
        _before.GetOrAdd(uri, u => new Lazy<Task<Exception?>>(() => RunAsync(HookKind.BeforeFeature, u, cancellationToken))).Value;

    public async Task AfterAsync(string uri, CancellationToken cancellationToken)
    {
        if (_remaining.AddOrUpdate(uri, 0, (_, n) => Math.Max(0, n - 1)) == 0 && _before.ContainsKey(uri) && _finished.TryAdd(uri, true))
        {
            var error = await RunAsync(HookKind.AfterFeature, uri, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                reportError($"AfterFeature hook failed for {uri}: {error.Message}");
            }
        }
    }

    /// <summary>AfterFeature for every feature that started but whose scenarios did not all run (a filtered NUnit run,
    /// fail-fast, cancellation).</summary>
    public async Task FinishAllAsync()
    {
        foreach (var uri in _before.Keys.Where(u => _finished.TryAdd(u, true)).Order(StringComparer.Ordinal).ToList())
        {
            var error = await RunAsync(HookKind.AfterFeature, uri, CancellationToken.None).ConfigureAwait(false);
            if (error is not null)
            {
                reportError($"AfterFeature hook failed for {uri}: {error.Message}");
            }
        }
    }

    private async Task<Exception?> RunAsync(HookKind kind, string uri, CancellationToken cancellationToken)
    {
        if (run.DryRun)
        {
            return null;
        }

        var tags = featureTags.GetValueOrDefault(uri, []);
        await using var services = new ScenarioServices(run.RunContext, new Dictionary<Type, object>());
        foreach (var hook in run.Bindings.HooksOf(kind).Where(h => h.Applies(tags)))
        {
            try
            {
                await run.Invoker.InvokeHookAsync(hook, services, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not BddConfigurationException)
            {
                return ex;
            }
        }

        return null;
    }
}
