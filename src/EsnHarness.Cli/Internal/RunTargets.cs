using EsnHarness.Bdd;
using EsnHarness.Hosting;
using EsnHarness.Simulators;
using EsnHarness.Targets;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// The CLI's composition root: puts the run's targets into the <see cref="TestRunContext"/> before the first scenario
/// (see <see cref="EmbeddedRoles"/>). A run with its own <c>--bindings</c> gets an empty context: its steps bring their own.
/// </summary>
internal sealed class RunTargets(TestRunContext context, EmbeddedRoles? roles) : IAsyncDisposable
{
    public TestRunContext Context { get; } = context;

    public static bool NeedsEmbeddedStubs(ResolvedProfile profile) => EmbeddedRoles.NeedsStubs(profile);

    public static async Task<RunTargets> RegisterAsync(ResolvedProfile profile, HarnessSettings settings, bool usesBuiltInSteps, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var context = new TestRunContext();
        if (!usesBuiltInSteps)
        {
            return new RunTargets(context, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var roles = await EmbeddedRoles.StartAsync(profile, settings.Resolve(settings.Stubs), new SimulatorHostOptions { LoggerFactory = loggers }, cancellationToken);
        roles.Register(context);
        return new RunTargets(context, roles);
    }

    public ValueTask DisposeAsync() => roles?.DisposeAsync() ?? ValueTask.CompletedTask;
}
