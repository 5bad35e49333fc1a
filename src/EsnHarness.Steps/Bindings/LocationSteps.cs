using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Location reporting and the control room's view of positions (AVL).</summary>
[Binding]
public sealed class LocationSteps(Locations locations, NetworkDriver network, KpiRecorder kpi)
{
    /// <summary>Periodic / distance policy.</summary>
    [Given("{user} reports location every {int} s or {int} m", Description = "Sets the terminal's location reporting policy: periodic, distance travelled (whichever first), cell change and events (log-on, emergency).",
        Example = "Given \"Crew A241\" reports location every 30 s or 200 m")]
    public Task Policy(UserName user, int seconds, int metres) => locations.SetPolicyAsync(user, TimeSpan.FromSeconds(seconds), metres);

    /// <summary>Time passing for the terminal's reporting.</summary>
    [When("{int} s pass for {user}", Description = "That much time passes for the terminal's location reporting (skipped through the device contract; waited in real time on a terminal that cannot skip).",
        Example = "When 30 s pass for \"Crew A241\"")]
    public Task TimePasses(int seconds, UserName user) => locations.PassTimeAsync(user, TimeSpan.FromSeconds(seconds));

    /// <summary>Distance moved within the cell.</summary>
    [When("{user} moves {int} m", Description = "The terminal moves that distance from where it is, within its serving cell.", Example = "When \"Crew A241\" moves 250 m")]
    public Task MovesBy(UserName user, int metres) => locations.MoveByAsync(user, metres);

    /// <summary>A report arrived.</summary>
    [Then("a location report from {user} arrives within {int} ms", Description = "The MCX location service receives a report from the user (newer than the last location step on them) within the time, measured no longer before receipt than that.",
        Example = "Then a location report from \"PC Patel\" arrives within 1000 ms")]
    public async Task ReportArrives(UserName user, int ms)
    {
        var report = await locations.ExpectReportAsync(user, TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("Location report delay"), report.Delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>No report.</summary>
    [Then("no location report from {user} arrives within {int} ms", Description = "The MCX location service receives no report from the user (newer than the last location step on them) for that long.",
        Example = "Then no location report from \"Crew RRU43\" arrives within 500 ms")]
    public Task NoReport(UserName user, int ms) => locations.ExpectNoReportAsync(user, TimeSpan.FromMilliseconds(ms));

    /// <summary>AVL view.</summary>
    [Then("the {controlRoom} AVL shows {user} at {place} within {int} ms", Description = "The control room's location feed shows the user within 300 m of the place, no later than the time after the terminal measured it.",
        Example = "Then the LFB Control AVL shows \"Crew A241\" at \"Charing Cross\" within 20000 ms")]
    public async Task AvlShows(ControlRoom room, UserName user, PlaceName place, int ms)
    {
        var at = await network.LocationOfAsync(place);
        var report = await locations.ExpectShownAtAsync(room, user, at, 300, TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("AVL update time"), report.Delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Freshness.</summary>
    [Then("the {controlRoom} AVL position of {user} is no older than {int} s", Description = "The control room's latest position of the user was measured no longer ago than the limit (time let pass for the terminal counts).",
        Example = "Then the LFB Control AVL position of \"Crew A241\" is no older than 30 s")]
    public async Task Fresh(ControlRoom room, UserName user, int seconds)
    {
        var age = await locations.PositionAgeAsync(room, user);
        kpi.AssertValue(Metric.Single("AVL position age") with { Unit = "s" }, age.TotalSeconds, seconds, Comparison.Below);
    }

    /// <summary>Station-level.</summary>
    [Then("the last location of {user} is station-level {place} without GNSS",
        Description = "The user's last reported position was derived from the station's serving cell (source CELL, its cell ID, TS 23.280 §10.9), not a GNSS fix, and places them at the station (within 300 m, below ground).",
        Example = "Then the last location of \"PC Patel\" is station-level \"King's Cross St Pancras\" without GNSS")]
    public async Task StationLevel(UserName user, PlaceName station)
    {
        var report = await locations.LastAsync(user);
        var cell = (await network.ResolveAsync(station)).CellId;
        if (report.Source != PositionSource.Cell || report.CellId != cell)
        {
            throw new ExpectationFailedException(
                $"{user}'s last location is {(report.Source == PositionSource.Cell ? $"derived from cell '{report.CellId}'" : report.Source == PositionSource.Gnss ? "a GNSS fix" : "of no stated source")}; expected a position derived from {station}'s serving cell '{cell}' (no GNSS below ground).");
        }

        var metres = Geo.DistanceMetres(report.Position, await network.LocationOfAsync(station));
        if (metres > 300 || report.Position.AltitudeM >= 0)
        {
            throw new ExpectationFailedException($"{user}'s last location is {metres:0} m from {station} at altitude {report.Position.AltitudeM:0} m; expected the station, below ground.");
        }
    }
}
