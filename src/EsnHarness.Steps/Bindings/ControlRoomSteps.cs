using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Dispatcher consoles at MetCC, LFB Control and LAS EOC: monitoring, breaking in, remote affiliation, activation.</summary>
[Binding]
public sealed class ControlRoomSteps(ControlRoomConsoles rooms, TerminalFleet fleet, Emergencies emergencies, Messaging messaging, Consoles consoles, Cast cast, KpiRecorder kpi, EsnSession session,
    McxRegistrations registrations)
{
    private DateTimeOffset? _affiliationAskedAt;

    /// <summary>Console shows the talker.</summary>
    [Then("the {controlRoom} console shows {user} talking on {group}", Description = "A console of the control room shows who is talking on a monitored group.",
        Example = "Then the MetCC console shows \"PC Patel\" talking on \"MPS-LX-OPS1\"")]
    public Task ShowsTalking(ControlRoom room, UserName talker, GroupName group) => rooms.For(room).ExpectShowsTalkingAsync(room, talker, group);

    /// <summary>Dispatcher PTT.</summary>
    [When("the {controlRoom} dispatcher presses PTT on {group}", Description = "The control room's dispatcher presses PTT (dispatchers have a higher floor priority than crews).",
        Example = "When the MetCC dispatcher presses PTT on \"MPS-LX-OPS1\"")]
    public Task DispatcherPress(ControlRoom room, GroupName group) => rooms.For(room).PressPttAsync(room, group);

    /// <summary>Remote affiliation.</summary>
    [When("the {controlRoom} dispatcher affiliates {users} to {group}", Description = "The dispatcher moves users onto a group from the console, without them touching their handsets.",
        Example = "When the LAS EOC dispatcher affiliates \"Paramedic Okafor\" to \"LAS-INC-0412\"")]
    public async Task RemoteAffiliate(ControlRoom room, IReadOnlyList<UserName> users, GroupName group)
    {
        var dispatcher = cast.Consoles(room)[0].Name;
        if (rooms.AtWebConsole(dispatcher))
        {
            // From the click on the screen: the console's login and the typing are the dispatcher's, not the service's, time.
            _affiliationAskedAt = await rooms.Controls!.RemoteAffiliateAsync(cast.Get(dispatcher), users, group);
            return;
        }

        _affiliationAskedAt = session.Target.Clock.GetUtcNow();
        await Task.WhenAll(users.Select(u => consoles.RemoteAffiliateAsync(dispatcher, u, group)));
    }

    /// <summary>Affiliated within a time.</summary>
    [Then("{users} is/are affiliated to {group} within {int} ms",
        Description = "Each user's terminal reports the affiliation within the time and the MCX service then holds them affiliated (not only acknowledged); the time from the dispatcher's request (or the last action) until the last of them is attached as evidence.",
        Example = "Then \"Paramedic Okafor\" is affiliated to \"LAS-INC-0412\" within 2000 ms")]
    public async Task AffiliatedWithin(IReadOnlyList<UserName> users, GroupName group, int ms)
    {
        var since = _affiliationAskedAt ?? fleet.LastActionAt ?? session.Target.Clock.GetUtcNow();
        var seen = await Task.WhenAll(users.Select(u => consoles.ExpectAffiliatedAsync(u, group, TimeSpan.FromMilliseconds(ms))));
        kpi.AssertValue(Metric.Single("Affiliation time"), (seen.Max() - since).TotalMilliseconds, ms, Comparison.Below);
        // The terminal shows what the service acknowledged; the service must also have applied it, or calls on the group miss them.
        await Task.WhenAll(users.Select(u => registrations.ExpectAffiliatedAsync(u, group)));
    }

    /// <summary>Remote, not by the user.</summary>
    [Then("{user} did not touch the handset", Description = "The user's last affiliation was made by someone else (a dispatcher).", Example = "Then \"Paramedic Okafor\" did not touch the handset")]
    public async Task DidNotTouch(UserName user)
    {
        var member = cast.Get(user);
        var by = await consoles.LastAffiliationByAsync(user);
        if (by == member.McpttId)
        {
            throw new ExpectationFailedException($"{user} made the affiliation themselves.");
        }
    }

    /// <summary>Activation of a multi-agency group.</summary>
    [When("{controlRoom} activates {group} for incident {string}", Description = "A dispatcher of the control room joins the group and announces the incident on it as a group SDS.",
        Example = "When MetCC activates \"LDN-MAJOR-INCIDENT-1\" for incident \"Major incident declared: King's Cross St Pancras\"")]
    public async Task Activate(ControlRoom room, GroupName group, string incident)
    {
        var dispatcher = cast.Consoles(room)[0].Name;
        await rooms.AffiliateAsync(dispatcher, group);
        if (rooms.AtWebConsole(dispatcher))
        {
            // On a web console: the group's tile is up (monitored), and the announcement goes out from the message form.
            await rooms.Controls!.SendSdsAsync(cast.Get(dispatcher), group.Value, $"ACTIVATED: {incident}", Disposition.Delivered);
            return;
        }

        await messaging.SendSdsAsync(dispatcher, null, group, $"ACTIVATED: {incident}", Disposition.Delivered);
    }

    /// <summary>Acknowledging an emergency.</summary>
    [When("the {controlRoom} dispatcher acknowledges the emergency of {user}", Description = "The control room's dispatcher acknowledges the user's emergency alert; it stays active until cancelled.",
        Example = "When the MetCC dispatcher acknowledges the emergency of \"PC Patel\"")]
    public Task Acknowledge(ControlRoom room, UserName user) => rooms.For(room).AcknowledgeAsync(room, user);

    /// <summary>Acknowledgement seen by the user.</summary>
    [Then("{user} is told the emergency was acknowledged", Description = "The user's terminal shows their emergency alert acknowledged by a dispatcher, and the MCX service holds it acknowledged and still active.",
        Example = "Then \"PC Patel\" is told the emergency was acknowledged")]
    public async Task ToldAcknowledged(UserName user)
    {
        var by = await emergencies.ExpectAcknowledgedAsync(user);
        var alert = await emergencies.ActiveAlertOfAsync(user);
        if (!alert.Acknowledged || cast.Describe(alert.AcknowledgedBy) != by)
        {
            throw new ExpectationFailedException($"{user}'s terminal shows the emergency acknowledged by {by}, but the MCX service holds acknowledged = {alert.Acknowledged} by '{alert.AcknowledgedBy}'.");
        }
    }

    /// <summary>Unacknowledged.</summary>
    [Then("the emergency of {user} is not acknowledged", Description = "The user's emergency alert is still active and no dispatcher has acknowledged it.", Example = "Then the emergency of \"EMT Silva\" is not acknowledged")]
    public async Task NotAcknowledged(UserName user)
    {
        var alert = await emergencies.ActiveAlertOfAsync(user);
        if (alert.Acknowledged)
        {
            throw new ExpectationFailedException($"{user}'s emergency was acknowledged by {cast.Describe(alert.AcknowledgedBy)}; expected it unacknowledged.");
        }
    }
}
