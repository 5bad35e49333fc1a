using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Stubs;
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
public sealed class NamespaceHooks(EsnSession session, TestRunContext run, ScenarioStubs stubs, IOutputHelper output)
{
    private static readonly EsnRole[] GrpcRoles = [.. EsnRoles.All.Where(role => role.IsGrpc())];
    private static readonly string[] HttpRoles = [.. EsnRoles.All.Where(role => !role.IsGrpc()).Select(EsnRoles.Name)];

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
        if (run.TryGet<DefectCoverage>(out _))
        {
            await AttachDefectCoverageAsync();
        }

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

    /// <summary>Which defects this scenario reached: those its namespace consulted on each gRPC endpoint it used, and the HTTP
    /// stub roles that received its requests (a stub defect only changes answers to requests).</summary>
    private async Task AttachDefectCoverageAsync()
    {
        var consulted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in session.UsedRoles.Where(GrpcRoles.Contains).GroupBy(session.Target.Endpoint))
        {
            var client = new ReferenceDefects.ReferenceDefectsClient(session.Invoker(endpoint.First()));
            var answer = await client.ConsultedAsync(new ConsultedDefectsRequest(), deadline: DateTime.UtcNow + session.Timeout);
            consulted.UnionWith(answer.Names);
        }

        var httpRoles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var stub in stubs.OpenSessions)
        {
            foreach (var role in HttpRoles)
            {
                if ((await stub.ReceivedAsync(role)).Count > 0)
                {
                    httpRoles.Add(role);
                }
            }
        }

        var json = System.Text.Json.JsonSerializer.Serialize(new { consulted, httpRoles });
        output.Attach(json, DefectCoverage.MediaType, "defect-coverage.json");
    }
}
