using EsnHarness.Bdd;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.WebConsoles;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the consoles of the control rooms through the run's console port: a web console through its screen when the
/// profile's controlRoom role is one (a <see cref="WebConsoleRoute"/> in the run), else the gRPC console adapter.
/// </summary>
public sealed class ControlRoomConsoles
{
    private readonly TerminalFleet _fleet;
    private readonly Cast _cast;
    private readonly GrpcConsolePort _grpc;

    /// <summary>Picks the port for the scenario.</summary>
    public ControlRoomConsoles(TestRunContext run, ScenarioScreens screens, EsnSession session, Cast cast, TerminalFleet fleet, FloorControl floor, Emergencies emergencies, UserProfiles profiles, IdmsLogOn idms)
    {
        (_fleet, _cast) = (fleet, cast);
        Web = run.TryGet<WebConsoleRoute>(out var route) ? new WebConsolePort(route, screens, session, cast, fleet, profiles, idms, emergencies) : null;
        Controls = Web is null ? null : new WebConsoleControls(Web, fleet, cast, session);
        Listening = Web is null ? null : new WebConsoleListening(Web, fleet, cast);
        HandoverScreens = Web is null || Controls is null ? null : new WebConsoleHandovers(Web, Controls, fleet);
        _grpc = new GrpcConsolePort(fleet, floor, emergencies, cast);
        Port = Web ?? (IConsolePort)_grpc;
    }

    /// <summary>The port that seats dispatchers: the web console's when the run drives web consoles.</summary>
    public IConsolePort Port { get; }

    /// <summary>The port of the control room's (first) console: the web console's when its dispatcher sits at one, else the
    /// gRPC console adapter's (a dispatcher logged on as a console terminal by another step).</summary>
    public IConsolePort For(ControlRoom room) => Web is not null && AtWebConsole(_cast.Consoles(room)[0].Name) ? Web : _grpc;

    /// <summary>The web console port when the run drives web consoles; null with the gRPC console adapter.</summary>
    public WebConsolePort? Web { get; }

    /// <summary>The dispatcher's further controls on a web console's screen; null with the gRPC console adapter.</summary>
    public WebConsoleControls? Controls { get; }

    /// <summary>Ambient listening and PTT in a call on a web console's screen; null with the gRPC console adapter.</summary>
    public WebConsoleListening? Listening { get; }

    /// <summary>Incident handovers on web consoles' screens; null with the gRPC console adapter.</summary>
    public WebConsoleHandovers? HandoverScreens { get; }

    /// <summary>True when <paramref name="user"/> sits at a web console (they have no terminal of the device service).</summary>
    public bool AtWebConsole(UserName user) => Web?.Seated(user) == true;

    /// <summary>Affiliates a user to a group: a dispatcher at a web console through the console, anyone else through their terminal.</summary>
    public Task AffiliateAsync(UserName user, GroupName group) =>
        AtWebConsole(user) ? Port.MonitorAsync(_cast.Get(user), group) : _fleet.AffiliateAsync(user, group);

    /// <summary>
    /// For a step a web console's screen cannot show or do (the map has no entry for it): skips the scenario, saying so, when
    /// <paramref name="user"/> sits at a web console. The step is checked with the gRPC console adapter (the default profile).
    /// </summary>
    /// <exception cref="SkipScenarioException">The user sits at a web console.</exception>
    public void RequireTerminal(UserName user, string step)
    {
        if (AtWebConsole(user))
        {
            throw new SkipScenarioException($"\"{step}\" cannot be checked on a web console's screen ({user} sits at {Port.Route}; the console map has no entry for it): this step runs with the gRPC console adapter, e.g. the default profile.");
        }
    }
}
