using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Dual running: a dispatcher with an Airwave console beside their ESN console during transition.</summary>
[Binding]
public sealed class DualRunningSteps(Interworking interworking, AirwaveTerminals terminals, AirwaveChecks checks, BridgedEsnChecks esn)
{
    /// <summary>Airwave console beside the ESN console.</summary>
    [Given("{user} also has an Airwave console with ISSI {string} on talkgroup {string}",
        Description = "The dispatcher (already at a control room on ESN) also works an Airwave console: a TETRA dispatcher terminal with that ISSI on the talkgroup.",
        Example = "Given \"MetCC Dispatcher Ward\" also has an Airwave console with ISSI \"2100001\" on talkgroup \"MPS-LX-TG1\"")]
    public Task AirwaveConsole(UserName dispatcher, string issi, string talkgroup) => interworking.RegisterConsoleAsync(dispatcher, talkgroup, issi);

    /// <summary>The Airwave console hears someone.</summary>
    [Then("the Airwave console of {user} hears {user}", Description = "The dispatcher's Airwave console receives the talker's voice (a radio natively, an ESN user through the bridge).",
        Example = "Then the Airwave console of \"MetCC Dispatcher Ward\" hears \"PC Doyle\"")]
    public Task ConsoleHears(UserName dispatcher, UserName talker) => checks.ExpectHearsAsync(terminals.Console(dispatcher), talker);

    /// <summary>The Airwave console shows one emergency.</summary>
    [Then("the Airwave console of {user} shows the emergency of {user} once",
        Description = "By the time the dispatcher's Airwave console hears the emergency call, it has shown the person's emergency exactly once (not lost, not doubled across the bridge).",
        Example = "Then the Airwave console of \"MetCC Dispatcher Ward\" shows the emergency of \"PC Patel\" once")]
    public Task ConsoleShowsOnce(UserName dispatcher, UserName from) => checks.ExpectEmergencyOnceAsync(terminals.Console(dispatcher), from);

    /// <summary>The ESN console is alerted once.</summary>
    [Then("{user} is alerted to the emergency of {user} once",
        Description = "By the time the user's ESN terminal or console hears the emergency call, it has received the person's emergency alert exactly once (not lost, not doubled across the bridge).",
        Example = "Then \"MetCC Dispatcher Ward\" is alerted to the emergency of \"PC Doyle\" once")]
    public Task AlertedOnce(UserName listener, UserName from) => esn.ExpectAlertedOnceAsync(listener, from);
}
