using EsnHarness.Bdd;
using EsnHarness.Steps;
using EsnHarness.Steps.Profiles;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Puts the run's targets into the <see cref="TestRunContext"/> before the first scenario: the embedded reference
/// simulators and stubs for embedded roles, the profile's addresses (with their TLS and credentials) for the others.
/// </summary>
internal sealed class RunTargets(TestRunContext context, ReferenceEnvironment? reference, EsnTarget? target) : IAsyncDisposable
{
    public TestRunContext Context { get; } = context;

    public static bool NeedsEmbeddedStubs(ResolvedProfile profile) =>
        profile.Endpoints.Values.Any(endpoint => endpoint.Embedded && !Roles.Grpc.Contains(endpoint.Role));

    public static async Task<RunTargets> RegisterAsync(ResolvedProfile profile, HarnessSettings settings, bool usesBuiltInSteps, CancellationToken cancellationToken)
    {
        var context = new TestRunContext();
        if (!usesBuiltInSteps)
        {
            return new RunTargets(context, null, null);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var reference = await ReferenceEnvironment.StartAsync(settings.Resolve(settings.Stubs));
        context.Set(reference.Stubs);
        if (profile.AllEmbedded)
        {
            context.Set(reference.Target);
            return new RunTargets(context, reference, null);
        }

        var target = EsnTargets.FromProfile(profile, reference.Target);
        context.Set(target);
        return new RunTargets(context, reference, target);
    }

    public async ValueTask DisposeAsync()
    {
        if (target is not null)
        {
            await target.DisposeAsync();
        }

        if (reference is not null)
        {
            await reference.DisposeAsync();
        }
    }
}
