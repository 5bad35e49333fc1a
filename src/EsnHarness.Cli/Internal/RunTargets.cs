using EsnHarness.Bdd;
using EsnHarness.Simulators;
using EsnHarness.Steps;
using EsnHarness.Steps.Profiles;
using EsnHarness.Stubs;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Puts the run's targets into the <see cref="TestRunContext"/> before the first scenario: the embedded reference
/// simulators and stubs for embedded roles, the profile's addresses (with their TLS and credentials) for the others.
/// Starts only the embedded hosts the profile uses: a profile pointing every gRPC role elsewhere starts no simulators.
/// </summary>
internal sealed class RunTargets(TestRunContext context, IReadOnlyList<IAsyncDisposable> owned) : IAsyncDisposable
{
    private static readonly EsnRole[] GrpcRoles = [EsnRole.Mcx, EsnRole.Network, EsnRole.Device, EsnRole.Interworking, EsnRole.ControlRoom, EsnRole.CadGateway];

    public TestRunContext Context { get; } = context;

    public static bool NeedsEmbeddedStubs(ResolvedProfile profile) =>
        profile.Endpoints.Values.Any(endpoint => endpoint.Embedded && !Roles.Grpc.Contains(endpoint.Role));

    public static bool NeedsEmbeddedSimulators(ResolvedProfile profile) =>
        profile.Endpoints.Values.Any(endpoint => endpoint.Embedded && Roles.Grpc.Contains(endpoint.Role));

    public static async Task<RunTargets> RegisterAsync(ResolvedProfile profile, HarnessSettings settings, bool usesBuiltInSteps, CancellationToken cancellationToken)
    {
        var context = new TestRunContext();
        if (!usesBuiltInSteps)
        {
            return new RunTargets(context, []);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var owned = new List<IAsyncDisposable>();
        try
        {
            var embedded = new Dictionary<EsnRole, Uri>();
            if (NeedsEmbeddedSimulators(profile))
            {
                var simulators = await SimulatorHost.StartAsync(new SimulatorHostOptions(), cancellationToken);
                owned.Add(simulators);
                foreach (var role in GrpcRoles)
                {
                    embedded[role] = simulators.Address;
                }
            }

            if (NeedsEmbeddedStubs(profile))
            {
                var stubs = await StubHost.StartAsync(settings.Resolve(settings.Stubs), cancellationToken: cancellationToken);
                owned.Add(stubs);
                context.Set(stubs);
            }

            var reference = new EsnTarget(embedded, "reference");
            var target = profile.AllEmbedded ? reference : EsnTargets.FromProfile(profile, reference);
            owned.Insert(0, target);
            if (!ReferenceEquals(target, reference))
            {
                owned.Insert(1, reference);
            }

            context.Set(target);
            return new RunTargets(context, owned);
        }
        catch
        {
            await DisposeAllAsync(owned);
            throw;
        }
    }

    public ValueTask DisposeAsync() => DisposeAllAsync(owned);

    private static async ValueTask DisposeAllAsync(IReadOnlyList<IAsyncDisposable> resources)
    {
        foreach (var resource in resources)
        {
            await resource.DisposeAsync();
        }
    }
}
