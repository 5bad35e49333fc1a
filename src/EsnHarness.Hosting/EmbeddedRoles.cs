using EsnHarness.Bdd;
using EsnHarness.Hosting.Internal;
using EsnHarness.Simulators;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.Stubs;
using EsnHarness.Targets;

namespace EsnHarness.Hosting;

/// <summary>
/// The composition of one run: starts in this process the embedded roles a resolved profile needs (the reference
/// simulators for embedded gRPC roles, the WireMock.Net stubs for embedded HTTP roles) and builds the run's
/// <see cref="EsnTarget"/>, the profile's addresses for external roles and the embedded hosts' for the others. The
/// embedded roles reach the external ones at the profile's addresses too (terminals, consoles and the interworking
/// function an external MCX, the MCX an external IdMS, ...): no world is split between an embedded and an external service.
/// A profile pointing every gRPC role elsewhere starts no simulators; one pointing every HTTP role elsewhere starts no stubs.
/// Disposing it closes the target's channels and stops what it started.
/// </summary>
public sealed class EmbeddedRoles : IAsyncDisposable
{
    private readonly SimulatorHost? _simulators;
    private readonly StubHost? _stubs;
    private readonly WebConsoleRun? _webConsoles;

    private EmbeddedRoles(EsnTarget target, SimulatorHost? simulators, StubHost? stubs, WebConsoleRun? webConsoles)
    {
        Target = target;
        _simulators = simulators;
        _stubs = stubs;
        _webConsoles = webConsoles;
    }

    /// <summary>Where every role of the profile lives for this run.</summary>
    public EsnTarget Target { get; }

    /// <summary>The embedded simulator host's address, or null when the profile needs none.</summary>
    public Uri? SimulatorAddress => _simulators?.Address;

    /// <summary>The embedded stubs each scenario opens its session on, or null when the profile needs none.</summary>
    public IStubSessionSource? Stubs => _stubs;

    /// <summary>True when some gRPC role of <paramref name="profile"/> is embedded.</summary>
    public static bool NeedsSimulators(ResolvedProfile profile) =>
        profile.Endpoints.Values.Any(endpoint => endpoint.Embedded && endpoint.Role.IsGrpc());

    /// <summary>True when some HTTP role of <paramref name="profile"/> is embedded.</summary>
    public static bool NeedsStubs(ResolvedProfile profile) =>
        profile.Endpoints.Values.Any(endpoint => endpoint.Embedded && !endpoint.Role.IsGrpc());

    /// <summary>Starts the embedded roles <paramref name="profile"/> needs and builds the target.</summary>
    /// <param name="profile">The resolved profile.</param>
    /// <param name="stubsFolder">The WireMock mappings the embedded HTTP roles serve (esn.json's <c>stubs</c>).</param>
    /// <param name="simulatorOptions">How the embedded simulators model the network (default London); where they listen comes from
    /// the profile (127.0.0.1 on a free port unless it says otherwise).</param>
    /// <param name="cancellationToken">Stops the start.</param>
    /// <exception cref="SimulatorConfigurationException">The simulators cannot start (one-line reason).</exception>
    /// <exception cref="StubMappingException">A mapping under <paramref name="stubsFolder"/> is invalid.</exception>
    /// <exception cref="ProfileException">The profile's controlRoom web console cannot be driven: its map is invalid, its login
    /// password is not in the environment, or no Chromium can be started (one line each).</exception>
    public static async Task<EmbeddedRoles> StartAsync(ResolvedProfile profile, string stubsFolder, SimulatorHostOptions? simulatorOptions = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        SimulatorHost? simulators = null;
        StubHost? stubs = null;
        WebConsoleRun? webConsoles = null;
        try
        {
            var embedded = new Dictionary<EsnRole, Uri>();
            if (NeedsSimulators(profile))
            {
                var options = (simulatorOptions ?? new SimulatorHostOptions()) with { Address = profile.Listen.Address, Port = profile.Listen.Port };
                simulators = await SimulatorHost.StartAsync(Upstreams.Apply(profile, options), cancellationToken);
                foreach (var endpoint in profile.Endpoints.Values.Where(endpoint => endpoint.Embedded && endpoint.Role.IsGrpc()))
                {
                    embedded[endpoint.Role] = simulators.Address;
                }
            }

            if (NeedsStubs(profile))
            {
                stubs = await StubHost.StartAsync(stubsFolder, cancellationToken: cancellationToken);
            }

            var target = EsnTargets.FromProfile(profile, embedded);
            if (profile.Endpoints[EsnRole.ControlRoom].WebConsole is { } console)
            {
                webConsoles = await WebConsoleRun.StartAsync(profile, console, () => new EmbeddedWebConsoles(profile, target));
            }

            return new EmbeddedRoles(target, simulators, stubs, webConsoles);
        }
        catch
        {
            await StopAsync(stubs, simulators);
            throw;
        }
    }

    /// <summary>Puts the target, the embedded stubs when there are any, and the web console route when the profile's controlRoom
    /// role is a web console, in <paramref name="run"/>: what the step library needs.</summary>
    /// <param name="run">The run's context.</param>
    /// <param name="screenshots">When a web console's screen is attached to the results (failures only by default).</param>
    public void Register(TestRunContext run, ScreenshotPolicy screenshots = ScreenshotPolicy.Failures)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.Set(Target);
        if (_webConsoles is not null)
        {
            run.Set(_webConsoles.Route(screenshots));
        }

        if (_stubs is not null)
        {
            run.Set<IStubSessionSource>(_stubs);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_webConsoles is not null)
        {
            await _webConsoles.DisposeAsync();
        }

        await Target.DisposeAsync();
        await StopAsync(_stubs, _simulators);
    }

    private static async Task StopAsync(StubHost? stubs, SimulatorHost? simulators)
    {
        if (stubs is not null)
        {
            await stubs.DisposeAsync();
        }

        if (simulators is not null)
        {
            await simulators.DisposeAsync();
        }
    }
}
