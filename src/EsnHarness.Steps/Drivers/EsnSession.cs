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

    private static string Slug(string text)
    {
        var slug = new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length > 60 ? slug[..60] : slug;
    }
}
