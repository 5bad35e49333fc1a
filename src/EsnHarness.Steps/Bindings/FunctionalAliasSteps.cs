using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Functional aliases (TS 23.280 §10.13): who may hold one, activating and handing it over, calls to it, and the talker shown under it.</summary>
[Binding]
public sealed class FunctionalAliasSteps(FunctionalAliases aliases, Talkers talkers, Refusals refusals, Cast cast)
{
    /// <summary>An alias one user holds at a time.</summary>
    [Given("the functional alias {string} may be held by {users}, one at a time",
        Description = "The functional alias management server configures an alias the named users may activate, one holder at a time (e.g. an armed response vehicle's callsign).",
        Example = "Given the functional alias \"Trojan 21\" may be held by \"PC Hart\" and \"PC Reilly\", one at a time")]
    public Task Exclusive(string alias, IReadOnlyList<UserName> users) => aliases.ConfigureAsync(alias, users, shareable: false);

    /// <summary>An alias several users hold together.</summary>
    [Given("the functional alias {string} may be shared by {users}",
        Description = "The functional alias management server configures an alias the named users may all hold at once (e.g. every crew member of an appliance).",
        Example = "Given the functional alias \"E271\" may be shared by \"FF Jones\" and \"FF Ahmed\"")]
    public Task Shared(string alias, IReadOnlyList<UserName> users) => aliases.ConfigureAsync(alias, users, shareable: true);

    /// <summary>Activation on the terminal.</summary>
    [Given("{user} activates the functional alias {string}", Description = "The user activates the alias on their terminal; the MCX lists them among its holders (or refuses: judge it with \"the activation is refused with reason ...\").",
        Example = "Given \"PC Hart\" activates the functional alias \"Trojan 21\"")]
    [When("{user} activates the functional alias {string}")]
    public Task Activate(UserName user, string alias) => refusals.AttemptAsync(() => aliases.ActivateAsync(user, alias));

    /// <summary>Deactivation on the terminal.</summary>
    [When("{user} deactivates the functional alias {string}", Description = "The user deactivates the alias on their terminal (going off shift, handing the role over).",
        Example = "When \"PC Hart\" deactivates the functional alias \"Trojan 21\"")]
    public Task Deactivate(UserName user, string alias) => aliases.DeactivateAsync(user, alias);

    /// <summary>Who holds it.</summary>
    [Then("only {user} holds the functional alias {string}", Description = "The MCX's functional alias status lists exactly that user as the holder.",
        Example = "Then only \"PC Hart\" holds the functional alias \"Trojan 21\"")]
    public Task OnlyHolder(UserName user, string alias) => aliases.ExpectOnlyHolderAsync(alias, user);

    /// <summary>A call to the alias.</summary>
    [When("{user} calls the functional alias {string}", Description = "A private call (manual commencement) addressed to the alias, not to a person: it reaches whoever holds it.",
        Example = "When \"MetCC Dispatcher Ward\" calls the functional alias \"Trojan 21\"")]
    public Task CallAlias(UserName caller, string alias) => aliases.CallAsync(caller, alias);

    /// <summary>The holder rings.</summary>
    [Then("{user} is offered a call from {user} for {string}", Description = "The user's terminal rings with a call from the caller addressed to the alias.",
        Example = "Then \"PC Reilly\" is offered a call from \"MetCC Dispatcher Ward\" for \"Trojan 21\"")]
    public Task Offered(UserName callee, UserName caller, string alias) => aliases.ExpectOfferedAsync(callee, caller, alias);

    /// <summary>A listener sees the talker under the alias.</summary>
    [Then("{user} sees {user} talking on {group} as {string}", Description = "The listener's terminal shows the talker (Floor Taken) with that functional alias.",
        Example = "Then \"PC Reilly\" sees \"PC Hart\" talking on \"MPS-LX-OPS1\" as \"Trojan 21\"")]
    public Task SeesAs(UserName listener, UserName talker, GroupName group, string alias) => talkers.ExpectAliasAsync(listener, talker, group, alias);

    /// <summary>A console sees the talker under the alias.</summary>
    [Then("the {controlRoom} console shows {user} talking on {group} as {string}", Description = "A console of the control room shows the talker (Floor Taken) with that functional alias.",
        Example = "Then the MetCC console shows \"PC Hart\" talking on \"MPS-LX-OPS1\" as \"Trojan 21\"")]
    public Task ConsoleShowsAs(ControlRoom room, UserName talker, GroupName group, string alias) =>
        talkers.ExpectAliasAsync(cast.Consoles(room)[0].Name, talker, group, alias);
}
