using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Airwave migration waves: a plan as data, a borough's cut-over and roll-back, and the checks an agency runs around them.</summary>
[Binding]
public sealed class MigrationSteps(MigrationWave wave, MigrationChecks checks)
{
    /// <summary>The plan's talkgroups.</summary>
    [Given("the {agency} Airwave migration plan:",
        Description = "The agency's migration plan (columns: talkgroup, borough, ESN group): which Airwave talkgroup belongs to which borough's wave and which ESN group it moves to.",
        Example = "Given the MPS Airwave migration plan:\n  | talkgroup  | borough | ESN group   |\n  | MPS-LX-TG1 | Lambeth | MPS-LX-OPS1 |")]
    public void Plan(Agency agency, DataTable table) =>
        wave.Plan(agency, [.. table.Rows.Select(r => new MigrationTalkgroup(SetupSteps.Cell(r, "talkgroup"), SetupSteps.Cell(r, "borough"), new GroupName(SetupSteps.Cell(r, "ESN group"))))]);

    /// <summary>The plan's officers.</summary>
    [Given("the officers of the migration plan:",
        Description = "The officers the plan moves (columns: user, borough, place, Airwave talkgroup, ESN groups separated by commas): on an Airwave radio until their borough's wave, then on ESN at the place, affiliated to the groups.",
        Example = "Given the officers of the migration plan:\n  | user     | borough | place   | Airwave talkgroup | ESN groups  |\n  | PC Okoro | Lambeth | Brixton | MPS-LX-TG1        | MPS-LX-OPS1 |")]
    public void Officers(DataTable table) =>
        wave.Staff([.. table.Rows.Select(r => new MigrationOfficer(new UserName(SetupSteps.Cell(r, "user")), SetupSteps.Cell(r, "borough"), new PlaceName(SetupSteps.Cell(r, "place")),
            SetupSteps.Cell(r, "Airwave talkgroup"), [.. SetupSteps.Cell(r, "ESN groups").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(g => new GroupName(g))]))]);

    /// <summary>Everything on Airwave, bridged.</summary>
    [Given("the talkgroups of the migration plan are patched to ESN with the officers on their Airwave radios",
        Description = "Before any wave: each ESN group of the plan exists (the agency's dispatchers affiliated), each talkgroup is patched to it, each officer is on their talkgroup with an Airwave radio whose ISSI the IWF maps to an identity homed on ESN.",
        Example = "Given the talkgroups of the migration plan are patched to ESN with the officers on their Airwave radios")]
    public Task OnAirwave() => wave.SetUpOnAirwaveAsync();

    /// <summary>A borough's officers log on to ESN.</summary>
    [Given("the {string} officers of the migration plan log on to ESN", Description = "The borough's officers log on to ESN at their places and affiliate to their ESN groups (they keep their radios until the cut-over).",
        Example = "When the \"Lambeth\" officers of the migration plan log on to ESN")]
    [When("the {string} officers of the migration plan log on to ESN")]
    public Task LogOn(string borough) => wave.LogOnAsync(borough);

    /// <summary>Cut-over.</summary>
    [Given("the {string} talkgroups of the migration plan are cut over to ESN", Description = "The borough's bridges are removed: its talkgroups no longer reach ESN (the state outside the wave is read first, for comparison).",
        Example = "When the \"Lambeth\" talkgroups of the migration plan are cut over to ESN")]
    [When("the {string} talkgroups of the migration plan are cut over to ESN")]
    public Task CutOver(string borough) => wave.CutOverAsync(borough);

    /// <summary>Roll-back.</summary>
    [When("the {string} talkgroups of the migration plan are rolled back to Airwave", Description = "The borough's talkgroups are patched to their ESN groups again (the wave undone).",
        Example = "When the \"Lambeth\" talkgroups of the migration plan are rolled back to Airwave")]
    public Task RollBack(string borough) => wave.RollBackAsync(borough);

    /// <summary>Readiness: officers on ESN.</summary>
    [Then("every {string} officer of the migration plan is registered and affiliated to their ESN groups", Description = "The MCX service holds each of the borough's officers affiliated to each of their ESN groups.",
        Example = "Then every \"Lambeth\" officer of the migration plan is registered and affiliated to their ESN groups")]
    public Task OnEsn(string borough) => checks.ExpectOnEsnAsync(borough);

    /// <summary>Readiness: talkgroups patched and radios mapped.</summary>
    [Then("every talkgroup of the migration plan is patched to its ESN group with its officers' radios mapped",
        Description = "The IWF bridges each talkgroup of the plan to its ESN group and works, and the MCX service holds every radio on it affiliated to that group under the identity the IWF maps its ISSI to.",
        Example = "Then every talkgroup of the migration plan is patched to its ESN group with its officers' radios mapped")]
    public Task Patched() => checks.ExpectPatchedWithRadiosMappedAsync();

    /// <summary>Readiness: emergency path test.</summary>
    [When("an officer on every talkgroup of the migration plan tests the emergency path from their Airwave radio",
        Description = "On each talkgroup of the plan, the first officer's radio (by name) sends an emergency status (TETRA status 0) as a test.",
        Example = "When an officer on every talkgroup of the migration plan tests the emergency path from their Airwave radio")]
    public Task TestEmergencyPaths() => checks.TestEmergencyPathsAsync();

    /// <summary>Readiness: emergency path reached the control room.</summary>
    [Then("{controlRoom} receives every test emergency under the identity of the officer's radio",
        Description = "A console of the control room received each test emergency on the talkgroup's ESN group, from the ESN identity the IWF maps the radio to, naming the radio as its origin.",
        Example = "Then MetCC receives every test emergency under the identity of the officer's radio")]
    public Task TestEmergenciesReceived(ControlRoom room) => checks.ExpectTestEmergenciesAsync(room);

    /// <summary>After the cut-over: the borough's bridges are gone.</summary>
    [Then("the {string} talkgroups of the migration plan are no longer patched to ESN", Description = "The IWF lists no bridge for any of the borough's talkgroups.",
        Example = "Then the \"Lambeth\" talkgroups of the migration plan are no longer patched to ESN")]
    public Task NotPatched(string borough) => checks.ExpectNotPatchedAsync(borough);

    /// <summary>After the cut-over (or roll-back): nothing changed outside the wave.</summary>
    [Then("nothing changed outside the {string} wave",
        Description = "Every talkgroup of the plan outside the borough keeps the bridge it had at the cut-over (same bridge, same ESN group, same state), and the MCX service holds the same users affiliated to its ESN group.",
        Example = "Then nothing changed outside the \"Lambeth\" wave")]
    public Task OutsideUnchanged(string borough) => checks.ExpectOutsideUnchangedAsync(borough);
}
