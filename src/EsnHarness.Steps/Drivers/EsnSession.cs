using EsnHarness.Bdd;
using EsnHarness.Contracts;
using EsnHarness.Targets;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the scenario's own namespace in the simulators (gRPC header <c>esn-namespace</c>), so scenarios
/// run in parallel on one host without seeing each other, and the call invokers that carry it.
/// </summary>
public sealed class EsnSession(EsnTarget target, ScenarioContext scenario)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<EsnRole, bool> _used = new();
    private readonly System.Collections.Concurrent.ConcurrentStack<Func<Task>> _beforeClose = new();

    /// <summary>The scenario's namespace, e.g. "voice.a1b2c3...".</summary>
    public string Namespace { get; } = $"{Slug(scenario.FeatureName)}.{Guid.NewGuid():N}";

    /// <summary>The run's target.</summary>
    public EsnTarget Target => target;

    /// <summary>The scenario (tags, name).</summary>
    public ScenarioContext Scenario => scenario;

    /// <summary>Default deadline for awaited events.</summary>
    public TimeSpan Timeout => target.EventTimeout;

    /// <summary>
    /// A call invoker to <paramref name="role"/> that adds the namespace header to every call and names the role and
    /// address when the endpoint cannot be reached.
    /// </summary>
    public CallInvoker Invoker(EsnRole role)
    {
        _used[role] = true;
        return target.Invoker(role)
            .Intercept(metadata =>
            {
                metadata.Add(EsnMetadata.NamespaceHeader, Namespace);
                return metadata;
            });
    }

    /// <summary>The roles this scenario has called (whose namespace must be closed at its end).</summary>
    public IReadOnlyCollection<EsnRole> UsedRoles => [.. _used.Keys];

    /// <summary>
    /// Registers what must be released while the namespace is still open (e.g. powering terminals off, which their
    /// device and the MCX service must still hear), run by <see cref="ReleaseAsync"/> before the namespace closes.
    /// </summary>
    public void BeforeClose(Func<Task> release) => _beforeClose.Push(release);

    /// <summary>Runs every registered release once, newest first; returns what failed, for the caller to report.</summary>
    public async Task<IReadOnlyList<Exception>> ReleaseAsync()
    {
        var failures = new List<Exception>();
        while (_beforeClose.TryPop(out var release))
        {
            try
            {
                await release();
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        return failures;
    }

    private static string Slug(string text)
    {
        var slug = new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length > 60 ? slug[..60] : slug;
    }
}
