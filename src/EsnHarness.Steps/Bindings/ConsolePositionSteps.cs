using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Dispatcher positions at control-room sites: audio select across monitored groups, and a site failover with calls and emergencies carried over.</summary>
[Binding]
public sealed class ConsolePositionSteps(TerminalFleet fleet, ControlRoomPositions positions, Cast cast, ControlRoomConsoles consoles)
{
    /// <summary>A console at a named control-room site.</summary>
    [Given("{user} is a dispatcher of {controlRoom} at {place}", Description = "Logs on a dispatcher console of the control room at one of its sites (a place of the network model, e.g. MetCC Lambeth, LAS Waterloo EOC).",
        Example = "Given \"MetCC Dispatcher Ward\" is a dispatcher of MetCC at \"MetCC Lambeth\"")]
    public Task DispatcherAt(UserName user, ControlRoom room, PlaceName site) => fleet.LogOnAsync(user, room.Agency, site, MemberKind.Console, room);

    /// <summary>Audio select.</summary>
    [When("the {controlRoom} dispatcher selects {group}", Description = "The dispatcher selects a monitored group on the console: its audio is played and PTT transmits on it; the other monitored groups show their talker only.",
        Example = "When the MetCC dispatcher selects \"MPS-LX-OPS1\"")]
    [Given("the {controlRoom} dispatcher selects {group}")]
    public Task Select(ControlRoom room, GroupName group) => positions.SelectAsync(cast.Consoles(room)[0].Name, group);

    /// <summary>The selected group is played.</summary>
    [Then("the {controlRoom} console plays {user}", Description = "The console received the talker's voice since the last action and played it (the talker's group is the selected one).",
        Example = "Then the MetCC console plays \"PC Patel\"")]
    public Task Plays(ControlRoom room, UserName talker) => positions.ExpectPlayedAsync(cast.Consoles(room)[0].Name, talker);

    /// <summary>Another monitored group: talker shown, audio not played.</summary>
    [Then("the {controlRoom} console shows {user} talking on {group} without playing the audio", Description = "The console shows who talks on a monitored group that is not the selected one, and receives the voice without playing it.",
        Example = "Then the MetCC console shows \"PC Byrne\" talking on \"MPS-SO-OPS1\" without playing the audio")]
    public Task ShownNotPlayed(ControlRoom room, UserName talker, GroupName group) => positions.ExpectShownNotPlayedAsync(cast.Consoles(room)[0].Name, talker, group);

    /// <summary>PTT on the selected group.</summary>
    [When("the {controlRoom} dispatcher talks on the selected group", Description = "The dispatcher presses PTT without naming a group: the console transmits on its selected group (a short burst, then release).",
        Example = "When the MetCC dispatcher talks on the selected group")]
    public Task TalkOnSelected(ControlRoom room) => positions.TalkOnSelectedAsync(cast.Consoles(room)[0].Name);

    /// <summary>A control-room site cut off.</summary>
    [When("the control-room site {place} is cut off from ESN", Description = "The network model cuts the backhaul of the site serving the control room: every console there loses service (waited for).",
        Example = "When the control-room site \"MetCC Lambeth\" is cut off from ESN")]
    public Task CutOff(PlaceName site) => positions.CutOffAsync(site);

    /// <summary>Positions come up at the fallback site.</summary>
    [When("the {controlRoom} positions at {place} come up at {place}", Description = "Each dispatcher of the control room at the failed site logs on at a console of the fallback site and monitors the groups the failed console monitored.",
        Example = "When the MetCC positions at \"MetCC Lambeth\" come up at \"MetCC Hendon\"")]
    public Task ComeUp(ControlRoom room, PlaceName from, PlaceName to) => positions.RelocateAsync(room, from, to);

    /// <summary>An open emergency carried over.</summary>
    [Then("the {controlRoom} console shows the emergency of {user} on {group} open and not acknowledged", Description = "The control room's console has the user's emergency alert on the group, still active and unacknowledged.",
        Example = "Then the MetCC console shows the emergency of \"PC Patel\" on \"MPS-LX-OPS1\" open and not acknowledged")]
    public Task OpenEmergency(ControlRoom room, UserName user, GroupName group) => positions.ExpectOpenEmergencyAsync(room, user, group);

    /// <summary>A call carried over.</summary>
    [Then("the {controlRoom} console is in the call on {group} with {user} talking", Description = "The control room's console is connected to the call on the group and shows the talker holding the floor.",
        Example = "Then the MetCC console is in the call on \"MPS-LX-OPS1\" with \"PC Byrne\" talking")]
    public Task InCall(ControlRoom room, GroupName group, UserName talker) => positions.ExpectInCallWithTalkerAsync(room, group, talker);

    /// <summary>Not reached by a call.</summary>
    [Then("{user} is not in the call on {group}", Description = "The MCX service's call in progress on the group does not include the user, and the user's terminal was never connected to it.",
        Example = "Then \"PC Byrne\" is not in the call on \"MPS-LX-OPS1\"")]
    public async Task NotInCall(UserName user, GroupName group)
    {
        if (consoles.AtWebConsole(user))
        {
            // A web console has no terminal to read: the MCX's call must not include it, and its screen must not show the group.
            await positions.ExpectNotInCallAsync(user, group, terminal: false);
            await consoles.Controls!.ExpectNotMonitoringAsync(cast.Get(user), group);
            return;
        }

        await positions.ExpectNotInCallAsync(user, group);
    }
}
