using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>
/// What only a dispatcher console's screen can show (requirements tagged <c>@web-console</c>, run through a web console profile):
/// an emergency banner that stays until acknowledged, how soon the talker appears, patch marks and the plan of London.
/// </summary>
[Binding]
public sealed class ConsoleScreenSteps(ControlRoomConsoles consoles, NetworkDriver network, KpiRecorder kpi)
{
    private WebConsolePort Screen => consoles.Web
        ?? throw new ExpectationFailedException("This step reads a web console's screen, but the run drives the gRPC console adapter: tag the scenario @web-console and run it with a web console profile (esn run --profile web-console).");

    /// <summary>Banner shown.</summary>
    [Then("the {controlRoom} console shows the emergency banner of {user}", Description = "The console's screen shows the user's emergency banner (web console).",
        Example = "Then the LAS EOC console shows the emergency banner of \"EMT Silva\"")]
    public Task BannerShown(ControlRoom room, UserName user) => Screen.ExpectBannerAsync(room, user);

    /// <summary>Banner still shown.</summary>
    [Then("the {controlRoom} console still shows the emergency banner of {user}", Description = "The user's emergency banner is on the screen now, after the screen has shown later events (web console).",
        Example = "Then the LAS EOC console still shows the emergency banner of \"EMT Silva\"")]
    public Task BannerStill(ControlRoom room, UserName user) => Screen.ExpectBannerStillShownAsync(room, user);

    /// <summary>Banner gone.</summary>
    [Then("the {controlRoom} console no longer shows the emergency banner of {user}", Description = "The user's emergency banner has gone from the screen (web console).",
        Example = "Then the LAS EOC console no longer shows the emergency banner of \"EMT Silva\"")]
    public Task BannerGone(ControlRoom room, UserName user) => Screen.ExpectNoBannerAsync(room, user);

    /// <summary>Talker shown soon after Floor Taken.</summary>
    [Then("the {controlRoom} console shows {user} talking on {group} within {int} ms of Floor Taken",
        Description = "The screen shows the talker no later than the time after the talker was granted the floor (when Floor Taken goes to the console); the delay is attached as evidence (web console).",
        Example = "Then the MetCC console shows \"PC Patel\" talking on \"MPS-LX-OPS1\" within 1000 ms of Floor Taken")]
    public async Task TalkerShownWithin(ControlRoom room, UserName talker, GroupName group, int ms)
    {
        var delay = await Screen.TalkerShownAfterFloorTakenAsync(room, talker, group);
        kpi.AssertValue(Metric.Single("Talker shown at the console after Floor Taken"), delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Patching from the screen.</summary>
    [When("the {controlRoom} dispatcher patches {group} and {group} on the console", Description = "The dispatcher patches two groups with the console's patch controls (web console).",
        Example = "When the MetCC dispatcher patches \"MPS-LX-OPS1\" and \"MPS-SO-OPS1\" on the console")]
    public Task Patch(ControlRoom room, GroupName first, GroupName second) => Screen.PatchAsync(room, first, second);

    /// <summary>Patch mark.</summary>
    [Then("the {controlRoom} console marks {group} as patched", Description = "The group's tile carries the patch mark (web console).",
        Example = "Then the MetCC console marks \"MPS-SO-OPS1\" as patched")]
    public Task Patched(ControlRoom room, GroupName group) => Screen.ExpectPatchedAsync(room, group);

    /// <summary>Plan position.</summary>
    [Then("the {controlRoom} plan shows {user} at {place}", Description = "The console's plan of London puts the user's unit within 300 m of the place (web console).",
        Example = "Then the MetCC plan shows \"PC Patel\" at \"Camberwell\"")]
    public async Task PlanShows(ControlRoom room, UserName user, PlaceName place) =>
        await Screen.ExpectUnitNearAsync(room, user, await network.LocationOfAsync(place), 300);
}
