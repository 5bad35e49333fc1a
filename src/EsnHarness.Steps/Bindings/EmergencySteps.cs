using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Emergency button, imminent peril, lone-worker alerts and their cancellation.</summary>
[Binding]
public sealed class EmergencySteps(Emergencies emergencies, NetworkDriver network, Groups groups, Cast cast, KpiRecorder kpi, Refusals refusals, ControlRoomConsoles consoles)
{
    private AlertSeen? _lastAlert;

    /// <summary>The emergency button.</summary>
    [When("{user} presses the emergency button on {group}", Description = "Emergency alert with location to the control room, and an emergency group call in which the user gets the floor.",
        Example = "When \"PC Patel\" presses the emergency button on \"MPS-LX-OPS1\"")]
    public async Task PressEmergency(UserName user, GroupName group) => await Refusable(() => emergencies.PressEmergencyAsync(user, group));

    /// <summary>Imminent peril.</summary>
    [When("{user} declares imminent peril on {group}", Description = "An imminent-peril group call: pre-empts normal traffic, yields to emergencies.", Example = "When \"PC Patel\" declares imminent peril on \"MPS-LX-OPS1\"")]
    public Task ImminentPeril(UserName user, GroupName group) => emergencies.DeclareImminentPerilAsync(user, group);

    /// <summary>Silent alert.</summary>
    [When("{user} raises a silent lone-worker alert on {group}", Description = "The user's terminal raises a silent emergency alert (TS 22.280 emergency alert, raised silently): nothing else is asked of it.",
        Example = "When \"Paramedic Okafor\" raises a silent lone-worker alert on \"LAS-SOUTH-SECTOR\"")]
    public Task SilentAlert(UserName user, GroupName group) => emergencies.RaiseSilentAlertAsync(user, group);

    /// <summary>Own cancellation.</summary>
    [When("{user} cancels the emergency on {group}", Description = "The originator cancels their own emergency.", Example = "When \"FF Ahmed\" cancels the emergency on \"FLON-OPS01\"")]
    public Task CancelOwn(UserName user, GroupName group) => Refusable(() => emergencies.CancelEmergencyAsync(user, user, group));

    /// <summary>Cancellation of someone else's emergency.</summary>
    [When("{user} cancels the emergency of {user} on {group}", Description = "Someone (a dispatcher, or another user) tries to cancel another user's emergency.",
        Example = "When \"LAS EOC Dispatcher Reid\" cancels the emergency of \"EMT Silva\" on \"LAS-SOUTH-SECTOR\"")]
    public Task CancelOther(UserName actor, UserName target, GroupName group) =>
        consoles.AtWebConsole(actor) ? consoles.Controls!.CancelEmergencyAsync(cast.Get(actor), target) : Refusable(() => emergencies.CancelEmergencyAsync(actor, target, group));

    /// <summary>Alert received, timed.</summary>
    [Then("{controlRoom} receives an emergency alert from {user} within {int} ms", Description = "A console of the control room shows the alert within the time; the delay is attached as evidence.",
        Example = "Then MetCC receives an emergency alert from \"PC Patel\" within 2000 ms")]
    public async Task AlertReceived(ControlRoom room, UserName user, int ms)
    {
        _lastAlert = await consoles.For(room).ExpectAlertAsync(room, user, TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("Emergency alert delivery time"), _lastAlert.Delay.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Alert location.</summary>
    [Then("the alert shows {user} at {place}", Description = "The last alert received carries a location within 300 m of the place (station-level underground).",
        Example = "Then the alert shows \"PC Adeyemi\" at \"King's Cross St Pancras\"")]
    public async Task AlertAt(UserName user, PlaceName place)
    {
        var alert = _lastAlert ?? throw new ExpectationFailedException("No emergency alert has been received in this scenario yet; check one arrives first.");
        var at = await network.ResolveAsync(place);
        var where = alert.Location ?? throw new ExpectationFailedException($"The alert from {user} carried no location.");
        var expected = await network.LocationOfAsync(place);
        var metres = Geo.DistanceMetres(where, expected);
        if (metres > 300)
        {
            throw new ExpectationFailedException($"The alert from {user} places them {metres:0} m from {place} ({at.PlaceId}); expected within 300 m.");
        }
    }

    /// <summary>Active emergencies count.</summary>
    [Then("{controlRoom} sees {int} active emergency/emergencies on {group}", Description = "The number of uncancelled emergency alerts on the group.",
        Example = "Then MetCC sees 2 active emergencies on \"MPS-LX-OPS1\"")]
    public async Task ActiveCount(ControlRoom room, int count, GroupName group)
    {
        _ = cast.Consoles(room);
        var state = await emergencies.EmergencyStateAsync(group);
        if (state.ActiveAlertsFrom.Count != count)
        {
            throw new ExpectationFailedException($"Expected {count} active emergencies on {group}, found {state.ActiveAlertsFrom.Count}: {string.Join(", ", state.ActiveAlertsFrom)}.");
        }
    }

    /// <summary>A console told of the cancellation.</summary>
    [Then("the {controlRoom} console shows the emergency of {user} cancelled",
        Description = "A console of the control room is told the user's emergency alert was cancelled (by the user or a dispatcher), so it no longer shows it active.",
        Example = "Then the LAS EOC console shows the emergency of \"Paramedic Dunn\" cancelled")]
    public Task ConsoleToldCancelled(ControlRoom room, UserName user) =>
        consoles.AtWebConsole(cast.Consoles(room)[0].Name) ? consoles.Controls!.ExpectEmergencyCancelledAsync(room, user)
            : emergencies.ExpectCancelSeenAsync(cast.Consoles(room)[0], user, $"the {room} console");

    /// <summary>The originator told of the cancellation.</summary>
    [Then("{user} is told the emergency was cancelled",
        Description = "The user's terminal is told its own emergency alert was cancelled (e.g. by an authorised dispatcher), so it leaves the emergency state.",
        Example = "Then \"FF Novak\" is told the emergency was cancelled")]
    public Task ToldCancelled(UserName user) => emergencies.ExpectCancelSeenAsync(cast.Get(user), user, $"{user}'s terminal");

    /// <summary>Silent alert: no audible indication.</summary>
    [Then("the terminal of {user} gives no audible indication", Description = "The user's terminal reports no audible indication (alert tone, alarm) since the last action.",
        Example = "Then the terminal of \"Paramedic Okafor\" gives no audible indication")]
    public Task Silent(UserName user) => emergencies.ExpectNoAudibleIndicationAsync(user);

    /// <summary>Silent alert: dispatchers only.</summary>
    [Then("only the dispatchers of {group} receive the alert from {user}", Description = "The consoles among the group's members receive the user's alert; no other member's terminal receives it (a silent alert).",
        Example = "Then only the dispatchers of \"LAS-SOUTH-SECTOR\" receive the alert from \"Paramedic Okafor\"")]
    public Task OnlyDispatchers(GroupName group, UserName user) => emergencies.ExpectOnlyDispatchersAlertedAsync(group, user, groups.Members(group));

    /// <summary>No call for the alert.</summary>
    [Then("no call is set up for the alert from {user} on {group}", Description = "The MCX service holds no call on the group or with the user, and the user's terminal was offered or put into none (an alert is signalling only).",
        Example = "Then no call is set up for the alert from \"Paramedic Okafor\" on \"LAS-SOUTH-SECTOR\"")]
    public Task NoCall(UserName user, GroupName group) => emergencies.ExpectNoCallAsync(user, group);

    private Task Refusable(Func<Task> action) => refusals.AttemptAsync(action);
}
