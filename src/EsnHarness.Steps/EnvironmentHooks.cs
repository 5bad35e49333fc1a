using EsnHarness.Bdd;
using EsnHarness.Simulators;
using EsnHarness.Steps.Internal;
using EsnHarness.Stubs;
using EsnHarness.Targets;

namespace EsnHarness.Steps;

/// <summary>
/// Starts the embedded reference environment (SimulatorHost for the gRPC roles, StubHost for the HTTP roles) before
/// the run and registers an <see cref="EsnTarget"/> in the <see cref="TestRunContext"/>, unless the host already
/// registered one (the CLI does, from an esn.json profile). Stops what it started after the run.
/// </summary>
[Binding]
public sealed class EnvironmentHooks
{
    /// <summary>Starts the reference environment when no target was registered.</summary>
    [BeforeTestRun(Order = 0)]
    public static async Task StartReferenceAsync(TestRunContext run)
    {
        if (run.TryGet<EsnTarget>(out _))
        {
            return;
        }

        var environment = await ReferenceEnvironment.StartAsync(RepositoryPaths.StubsFolder());
        run.Set(environment);
        run.Set(environment.Target);
        if (!run.TryGet<StubHost>(out _))
        {
            run.Set(environment.Stubs);
        }
    }

    /// <summary>Stops the reference environment if this hook started it.</summary>
    [AfterTestRun(Order = 100_000)]
    public static async Task StopReferenceAsync(TestRunContext run)
    {
        if (run.TryGet<ReferenceEnvironment>(out var environment))
        {
            await environment.DisposeAsync();
        }
    }
}
