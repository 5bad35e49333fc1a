using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Lifecycle;

/// <summary>
/// The scenario's namespace from its start to its end on every gRPC role: the run's reference defects are switched on
/// before the namespace's first call, and after the scenario every endpoint it used is told to close the namespace
/// (esn.common.v1.NamespaceLifecycle), so worlds, terminals, streams and timers end with their scenario. What the
/// scenario's drivers release themselves (terminals powered off) goes first, while the namespace is still open.
/// </summary>
[Binding]
public sealed class NamespaceHooks(EsnSession session, TestRunContext run, IOutputHelper output)
{
    private static readonly EsnRole[] GrpcRoles = [.. EsnRoles.All.Where(role => role.IsGrpc())];

    /// <summary>Switches the run's simulator defects on in this scenario's namespace, before anything else calls it.</summary>
    [BeforeScenario(Order = -100_000, Name = "Switch the run's reference defects on")]
    public async Task ActivateDefectsAsync()
    {
        if (!run.TryGet<ActiveDefects>(out var defects) || defects.Names.Count == 0)
        {
            return;
        }

        var byEndpoint = GrpcRoles.Where(session.Target.Has)
            .Select(role => (Role: role, Names: defects.Of(role.Name())))
            .Where(r => r.Names.Count > 0)
            .GroupBy(r => session.Target.Endpoint(r.Role));
        foreach (var endpoint in byEndpoint)
        {
            var client = new ReferenceDefects.ReferenceDefectsClient(session.Invoker(endpoint.First().Role));
            var request = new ActivateDefectsRequest { Names = { endpoint.SelectMany(r => r.Names) } };
            var active = await client.ActivateAsync(request, deadline: DateTime.UtcNow + session.Timeout);
            output.WriteLine($"reference defects on at {endpoint.Key}: {string.Join(", ", active.Active)}");
        }
    }

    /// <summary>Closes the scenario's namespace on every gRPC endpoint it used; a system without the lifecycle service is left alone.</summary>
    [AfterScenario(Order = 1_000_000, Name = "Close the scenario's namespace")]
    public async Task CloseNamespaceAsync()
    {
        foreach (var failure in await session.ReleaseAsync())
        {
            output.WriteLine($"could not release everything of namespace {session.Namespace} before closing it: {failure.Message}");
        }

        foreach (var endpoint in session.UsedRoles.Where(GrpcRoles.Contains).GroupBy(session.Target.Endpoint))
        {
            var client = new NamespaceLifecycle.NamespaceLifecycleClient(session.Invoker(endpoint.First()));
            try
            {
                await client.CloseAsync(new CloseNamespaceRequest(), deadline: DateTime.UtcNow + session.Timeout);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
            {
                // A supplier's service without per-namespace state need not implement the lifecycle.
            }
            catch (Exception e) when (e is RpcException or EndpointUnreachableException)
            {
                output.WriteLine($"could not close namespace {session.Namespace} at {endpoint.Key}: {e.Message}");
            }
        }
    }
}
