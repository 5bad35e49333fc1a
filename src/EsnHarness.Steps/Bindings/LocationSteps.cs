using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Location reporting and the control room's view of positions (AVL).</summary>
[Binding]
public sealed class LocationSteps(Locations locations, NetworkDriver network, Cast cast, KpiRecorder kpi)
{
    /// <summary>Periodic / distance policy: not in the device contract yet.</summary>
    [Given("{user} reports location every {int} s or {int} m", Description = "Sets the terminal's location reporting triggers (pending: esn.device.v1 has no reporting policy).",
        Example = "Given \"Crew A241\" reports location every 30 s or 200 m")]
    public void Policy(UserName user, int seconds, int metres) =>
        throw new PendingStepException($"Cannot set {user}'s reporting to every {seconds} s or {metres} m: esn.device.v1 has no location reporting policy (request SetLocationReporting).");

    /// <summary>Time passing: needs a controllable simulator clock.</summary>
    [When("{int} s pass for {user}", Description = "Simulated time passes for the terminal (pending: no clock control in the contracts).", Example = "When 30 s pass for \"Crew A241\"")]
    public void TimePasses(int seconds, UserName user) =>
        throw new PendingStepException($"Cannot let {seconds} s pass for {user}: the simulators expose no clock control (request an AdvanceClock operation per namespace).");

    /// <summary>Distance moved: needs a move-by-distance operation.</summary>
    [When("{user} moves {int} m", Description = "The terminal moves that distance (pending: esn.device.v1 moves between places only).", Example = "When \"Crew A241\" moves 250 m")]
    public void MovesBy(UserName user, int metres) =>
        throw new PendingStepException($"Cannot move {user} by {metres} m: esn.device.v1 moves between places only (request MoveBy).");

    /// <summary>A report arrived recently.</summary>
    [Then("a location report from {user} arrives within {int} ms", Description = "The MCX location service holds a report from the user made since the last action, received within the time of its measurement.",
        Example = "Then a location report from \"PC Patel\" arrives within 1000 ms")]
    public async Task ReportArrives(UserName user, int ms)
    {
        var report = await locations.LastAsync(user);
        kpi.AssertValue(Metric.Single("Location report delay"), report.Delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>No report.</summary>
    [Then("no location report from {user} arrives within {int} ms", Description = "No new report from the user (pending with the distance trigger).", Example = "Then no location report from \"Crew RRU43\" arrives within 500 ms")]
    public void NoReport(UserName user, int ms) =>
        throw new PendingStepException($"Cannot judge {user}'s reports over {ms} ms without a reporting policy (see 'reports location every').");

    /// <summary>AVL view.</summary>
    [Then("the {controlRoom} AVL shows {user} at {place} within {int} ms", Description = "The control room's view of the user's position is within 300 m of the place and was updated within the time of the measurement.",
        Example = "Then the LFB Control AVL shows \"Crew A241\" at \"Charing Cross\" within 20000 ms")]
    public async Task AvlShows(ControlRoom room, UserName user, PlaceName place, int ms)
    {
        _ = cast.Consoles(room);
        var report = await locations.LastAsync(user);
        var metres = Geo.DistanceMetres(report.Position, await network.LocationOfAsync(place));
        if (metres > 300)
        {
            throw new ExpectationFailedException($"{room} shows {user} {metres:0} m from {place}.");
        }

        kpi.AssertValue(Metric.Single("AVL update time"), report.Delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Freshness.</summary>
    [Then("the {controlRoom} AVL position of {user} is no older than {int} s", Description = "The control room's position of the user was measured no longer ago than the limit.",
        Example = "Then the LFB Control AVL position of \"Crew A241\" is no older than 30 s")]
    public async Task Fresh(ControlRoom room, UserName user, int seconds)
    {
        _ = cast.Consoles(room);
        var age = await locations.AgeAsync(user);
        kpi.AssertValue(Metric.Single("AVL position age") with { Unit = "s" }, age.TotalSeconds, seconds, Comparison.Below);
    }

    /// <summary>Station-level.</summary>
    [Then("the last location of {user} is station-level {place} without GNSS", Description = "The user's last reported position is the station (within 300 m, below ground).",
        Example = "Then the last location of \"PC Patel\" is station-level \"King's Cross St Pancras\" without GNSS")]
    public async Task StationLevel(UserName user, PlaceName station)
    {
        var report = await locations.LastAsync(user);
        var metres = Geo.DistanceMetres(report.Position, await network.LocationOfAsync(station));
        if (metres > 300 || report.Position.AltitudeM >= 0)
        {
            throw new ExpectationFailedException($"{user}'s last location is {metres:0} m from {station} at altitude {report.Position.AltitudeM:0} m; expected the station, below ground.");
        }
    }
}
