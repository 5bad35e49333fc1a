using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Remote change of the selected group (TS 22.280): a dispatcher moves the talkgroup a terminal talks on.</summary>
[Binding]
public sealed class SelectedGroupSteps(SelectedGroups selections, Refusals refusals, Cast cast)
{
    /// <summary>The user's own selection.</summary>
    [Given("the terminal of {user} has {group} selected", Description = "The user has selected the group on their terminal: PTT goes to it.",
        Example = "Given the terminal of \"PC Patel\" has \"MPS-LX-OPS1\" selected")]
    public Task Selected(UserName user, GroupName group) => selections.SelectAsync(user, group);

    /// <summary>A dispatcher switches a terminal's talkgroup.</summary>
    [When("the {controlRoom} dispatcher switches the terminal of {user} to {group}", Description = "The control room's dispatcher changes the group the user's terminal talks on, without the user touching it.",
        Example = "When the MetCC dispatcher switches the terminal of \"PC Patel\" to \"MPS-INC-0412\"")]
    public Task DispatcherSwitches(ControlRoom room, UserName user, GroupName group) =>
        refusals.AttemptAsync(() => selections.SwitchAsync(cast.Consoles(room)[0].Name, user, group));

    /// <summary>Someone tries to switch another user's terminal.</summary>
    [When("{user} switches the terminal of {user} to {group}", Description = "A user (not a dispatcher) tries to change the group another user's terminal talks on; judge the outcome with \"the change is refused with reason ...\".",
        Example = "When \"PC Byrne\" switches the terminal of \"PC Patel\" to \"MPS-INC-0412\"")]
    public Task UserSwitches(UserName requester, UserName user, GroupName group) => refusals.AttemptAsync(() => selections.SwitchAsync(requester, user, group));

    /// <summary>Switched, by whom.</summary>
    [Then("the terminal of {user} talks on {group}, switched by {user}", Description = "The terminal shows the group selected by that dispatcher, and its PTT now goes to it.",
        Example = "Then the terminal of \"PC Patel\" talks on \"MPS-INC-0412\", switched by \"MetCC Dispatcher Ward\"")]
    public Task Switched(UserName user, GroupName group, UserName by) => selections.ExpectSwitchedAsync(user, group, by);

    /// <summary>Still on the group.</summary>
    [Then("the terminal of {user} still talks on {group}", Description = "The group the terminal's PTT goes to has not changed.",
        Example = "Then the terminal of \"PC Patel\" still talks on \"MPS-LX-OPS1\"")]
    public Task StillOn(UserName user, GroupName group) => selections.ExpectSelectedAsync(user, group);

    /// <summary>PTT without choosing a group.</summary>
    [When("{user} talks without choosing a group", Description = "The user presses PTT on whatever group the terminal has selected, is granted the floor and speaks a short burst.",
        Example = "When \"PC Patel\" talks without choosing a group")]
    public Task TalkOnSelected(UserName user) => selections.TalkOnSelectedGroupAsync(user);
}
