using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// The console as a web application driven through its screen with Playwright: every element is found through the run's console
/// map; a dispatcher is seated by opening (embedded) or logging in to (external) the console in a browser context of the scenario's
/// own. A locator that finds nothing fails with one line naming the map entry. Everything a seat starts ends before the
/// scenario's namespace closes.
/// </summary>
public sealed partial class WebConsolePort : IConsolePort, IAsyncDisposable
{
    private readonly WebConsoleRoute _route;
    private readonly ScenarioScreens _screens;
    private readonly EsnSession _session;
    private readonly Cast _cast;
    private readonly TerminalFleet _fleet;
    private readonly UserProfiles _profiles;
    private readonly IdmsLogOn _idms;
    private readonly Emergencies _emergencies;
    private readonly WebScreenFailures _failures;
    private readonly ConcurrentDictionary<string, WebSeat> _seats = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A port for the scenario; its seats close before the scenario's namespace does.</summary>
    public WebConsolePort(WebConsoleRoute route, ScenarioScreens screens, EsnSession session, Cast cast, TerminalFleet fleet, UserProfiles profiles, IdmsLogOn idms, Emergencies emergencies)
    {
        (_route, _screens, _session, _cast, _fleet, _profiles, _idms, _emergencies) = (route, screens, session, cast, fleet, profiles, idms, emergencies);
        _failures = new WebScreenFailures(route.Map, session, LoginTimeout);
        session.BeforeClose(async () => await DisposeAsync());
    }

    /// <inheritdoc />
    public string Route => $"the web console {_route} (Playwright)";

    /// <summary>True when the scenario has seated someone at a web console.</summary>
    public bool HasSeats => !_seats.IsEmpty;

    /// <summary>True when <paramref name="user"/> sits at a web console.</summary>
    public bool Seated(UserName user) => _seats.ContainsKey(user.Value);

    /// <inheritdoc />
    /// <remarks>The position comes up on the MCX before this returns (the embedded console registers it: a console kept from an
    /// earlier scenario, re-seated, else a new one); its screen starts opening at once, in the background, so the seats of a scenario
    /// open side by side; every step that looks at or works the screen (from the dispatcher's first monitored group on) awaits the
    /// opening (<see cref="WebSeat.ScreenAsync"/>).</remarks>
    public async Task SeatAsync(UserName dispatcher, ControlRoom room)
    {
        var member = _cast.Add(dispatcher, room.Agency, MemberKind.Console, room);
        await _profiles.CreateAsync(member);
        var token = await _idms.TokenForAsync(member);
        IWebConsoleSeat? hosted = null;
        KeptScreen? kept = null;
        var address = _route.Address;
        if (address is null)
        {
            var request = new WebConsoleSeatRequest(member.McpttId, room.Agency.Name(), dispatcher.Value, room.Name, _session.Namespace, token, _route.Map.Login.User, _route.Password);
            (hosted, kept) = await EmbeddedConsoleAsync(request);
            address = hosted.Address;
        }

        var seat = new WebSeat(member, hosted, address, kept, s => OpenScreenAsync(s, room), _route.Screens);
        _seats[dispatcher.Value] = seat;
        _screens.Use(this);
        seat.OpenInBackground();
    }

    /// <inheritdoc />
    public async Task MonitorAsync(CastMember dispatcher, GroupName group)
    {
        var seat = SeatOf(dispatcher);
        if (seat.Hosted is not null)
        {
            await seat.Hosted.MonitorAsync(group.Value, CancellationToken.None);
        }

        seat.Monitors(group.Value);
        await ExpectTileAsync(await seat.ScreenAsync(), group.Value);
    }

    /// <inheritdoc />
    public async Task ExpectShowsTalkingAsync(ControlRoom room, UserName talker, GroupName group)
    {
        var seat = await ScreenAtAsync(room);
        await OnScreenAsync(seat, "talker", group.Value, null, $"the {room} console to show {talker} talking on {group}",
            () => seat.Driver.ExpectTalkerAsync(group.Value, talker.Value));
    }

    /// <inheritdoc />
    /// <remarks>Returns once the console shows the MCX's answer to the floor request (granted, queued, denied or revoked), as the gRPC
    /// adapter's press returns once the MCX has the request: the steps after it then wait for the MCX's doing, not for the browser
    /// still sending the press (which, on a loaded machine, ate their deadline).</remarks>
    public async Task PressPttAsync(ControlRoom room, GroupName group)
    {
        var seat = await ScreenAtAsync(room);
        _fleet.MarkAction();
        seat.LastFloor = ("floorState", group.Value, null);
        await OnScreenAsync(seat, "pttButton", group.Value, null, $"press PTT on {group} at the {room} console", () => seat.Driver.PressPttAndAwaitAnswerAsync(group.Value));
    }

    /// <inheritdoc />
    public async Task ExpectGrantedAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await SeatOf(dispatcher).ScreenAsync();
        await OnScreenAsync(seat, "floorState", group.Value, null, $"the console of {dispatcher.Name} to show the floor granted on {group}",
            () => seat.Driver.ExpectFloorStateAsync(group.Value, "granted"));
    }

    /// <inheritdoc />
    /// <remarks>The delay runs from the alert's raising (MCX clock) to the moment the harness saw the banner on the screen: an upper
    /// bound of what the dispatcher waited, never less.</remarks>
    public async Task<AlertSeen> ExpectAlertAsync(ControlRoom room, UserName from, TimeSpan within)
    {
        var seat = await ScreenAtAsync(room);
        var limit = within > _session.Timeout ? within : _session.Timeout;
        await OnScreenAsync(seat, "emergencyBanner", null, from.Value, $"the {room} console to show an emergency alert from {from}",
            () => seat.Driver.Find("emergencyBanner", user: from.Value).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)limit.TotalMilliseconds }));
        var seenAt = _session.Target.Clock.GetUtcNow();
        var alert = await _emergencies.ActiveAlertOfAsync(from);
        return new AlertSeen(from.Value, alert.GroupId, alert.Location is null ? null : new Position(alert.Location.LatitudeDeg, alert.Location.LongitudeDeg, alert.Location.AltitudeM),
            seenAt - alert.RaisedAt.ToDateTimeOffset());
    }

    /// <inheritdoc />
    public async Task AcknowledgeAsync(ControlRoom room, UserName user)
    {
        var seat = await ScreenAtAsync(room);
        _fleet.MarkAction();
        await OnScreenAsync(seat, "acknowledgeButton", null, user.Value, $"acknowledge the emergency of {user} at the {room} console",
            () => seat.Driver.Emergencies.AcknowledgeEmergencyAsync(user.Value));
    }

    /// <summary>Attaches every seat's screen (PNG) and, when <paramref name="withTrace"/>, its Playwright trace so far.</summary>
    public async Task AttachEvidenceAsync(IOutputHelper output, bool withTrace)
    {
        foreach (var seat in _seats.Values)
        {
            await seat.AttachEvidenceAsync(output, withTrace);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        var seats = _seats.Values.ToArray();
        _seats.Clear();
        foreach (var seat in seats)
        {
            await seat.DisposeAsync();
        }
    }

    internal IReadOnlyCollection<WebSeat> Seats => [.. _seats.Values];

    /// <summary>The run's console map.</summary>
    internal ConsoleMap Map => _route.Map;

    private float TimeoutMs => (float)_session.Timeout.TotalMilliseconds;

    private TimeSpan LoginTimeout => _session.Timeout * 3;

    /// <summary>
    /// Runs a screen action; if it fails, says in one line which map entry (with its locator) found nothing, or what the entry shows
    /// instead, and on which console (<see cref="WebScreenFailures"/>).
    /// </summary>
    internal Task OnScreenAsync(WebSeat seat, string entry, string? group, string? user, string what, Func<Task> action) =>
        _failures.OnScreenAsync(seat, entry, group, user, what, action);

    internal WebSeat SeatOf(CastMember dispatcher) =>
        _seats.TryGetValue(dispatcher.Name.Value, out var seat) ? seat : throw new ArgumentException($"{dispatcher.Name} does not sit at a web console in this scenario.");

    /// <summary>The seat's screen, once its login is done; skips the scenario when the map has not every entry the step needs.</summary>
    /// <exception cref="SkipScenarioException">The console map leaves out an entry the step needs.</exception>
    internal Task<WebSeat> ScreenOfAsync(CastMember dispatcher, string step, params string[] entries)
    {
        if (entries.FirstOrDefault(e => !Map.Has(e)) is { } missing)
        {
            throw new SkipScenarioException($"\"{step}\" cannot be done on {Route}: its console map {Map.Source} has no entry {missing} (the console has no such control); this step runs with the gRPC console adapter, e.g. the default profile.");
        }

        return SeatOf(dispatcher).ScreenAsync();
    }

    internal Task<WebSeat> ScreenAtAsync(ControlRoom room) => SeatOf(_cast.Consoles(room)[0]).ScreenAsync();

    /// <summary>
    /// The embedded console for a position: one kept from an earlier scenario, re-seated at the position (its page, logged in, comes
    /// with it), else a new one (its page is opened by the seat). A kept console the MCX refuses the position on goes back to the pool.
    /// </summary>
    private async Task<(IWebConsoleSeat Console, KeptScreen? Kept)> EmbeddedConsoleAsync(WebConsoleSeatRequest request)
    {
        if (!_route.Screens.TryTake(out var kept))
        {
            return (await _route.Seats!.OpenAsync(request, CancellationToken.None), null);
        }

        try
        {
            await kept.Console.ReseatAsync(request, CancellationToken.None);
        }
        catch
        {
            await _route.Screens.KeepAsync(kept);
            throw;
        }

        return (kept.Console, kept);
    }

    /// <summary>
    /// Opens a seat's screen: the kept page, still open, once it shows the re-seated console's position (it was cleared when the earlier
    /// scenario's position ended, and the console says which position it shows), else a browser context of its own logged in to the
    /// console; then every monitored group's tile.
    /// </summary>
    private async Task OpenScreenAsync(WebSeat seat, ControlRoom room)
    {
        // Only a new screen (a browser context, a renderer, a login) waits its turn; a kept page only shows the next position, and
        // held back behind the new ones it waited as long as a new screen would.
        var gated = seat.KeptPage is null;
        if (gated)
        {
            await _route.Openings.WaitAsync();
        }

        try
        {
            var page = seat.KeptPage ?? await _route.Browser.NewPageAsync(timeout: LoginTimeout);
            seat.Attach(ConsoleDriver.Attach(page, seat.Address, _route.Map, _session.Timeout));
            // The login loads the whole console (page, script, live feed): it gets three event timeouts, as a person waits longer for a page than for a change.
            var login = ConsoleDriver.Attach(page, seat.Address, _route.Map, LoginTimeout);
            await OnScreenAsync(seat, "login.loggedIn", null, null, $"log {seat.Member.Name} in to the console at {seat.Address} as '{_route.Map.Login.User}'",
                () => seat.KeptPage is not null ? login.Seat.AwaitSeatedAsync(seat.Member.McpttId) : seat.Hosted is not null ? login.LogInByPostAsync(_route.Password) : login.LogInAsync(_route.Password));
        }
        finally
        {
            if (gated)
            {
                _route.Openings.Release();
            }
        }

        await seat.StartTraceAsync($"{_session.Scenario.Name}: {seat.Member.Name} at {room}");
        foreach (var group in seat.Monitored)
        {
            await ExpectTileAsync(seat, group);
        }
    }

    private Task ExpectTileAsync(WebSeat seat, string group) =>
        OnScreenAsync(seat, "groupTile", group, null, $"the console of {seat.Member.Name} to monitor {group}",
            () => Assertions.Expect(seat.Driver.Find("groupTile", group: group)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs }));
}
