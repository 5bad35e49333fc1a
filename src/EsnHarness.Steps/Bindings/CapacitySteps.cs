using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Crowded cells where mission-critical capacity runs out, and call-level pre-emption raised and shown.</summary>
[Binding]
public sealed class CapacitySteps(RadioCapacity capacity, Calls calls, Groups groups, Refusals refusals)
{
    /// <summary>Other responders fill the cell.</summary>
    [Given("other responders' traffic fills the cell at {place} leaving room for {int} voice bearers",
        Description = "Offers other responders' mission-critical traffic (ARP 1, which nothing pre-empts) on the cell serving the place so that only that many voice-bearer units are free; each terminal in a call takes one.",
        Example = "Given other responders' traffic fills the cell at \"Victoria Embankment\" leaving room for 4 voice bearers")]
    public Task Fill(PlaceName place, int room) => capacity.FillAsync(place, room);

    /// <summary>Group priorities.</summary>
    [Given("these group priorities:",
        Description = "Sets each group's priority 0..255 in its configuration (columns group, priority): the MCX service asks the network for a call's radio resources at the ARP its group's priority maps to.",
        Example = "Given these group priorities:\n  | group | priority |\n  | LAS-NYE-1 | 50 |")]
    public Task Priorities(DataTable table) =>
        Task.WhenAll(table.Rows.Select(r => groups.ConfigureAsync(new GroupName(SetupSteps.Cell(r, "group")), [("priority", SetupSteps.Cell(r, "priority"))])));

    /// <summary>Call attempted.</summary>
    [When("{user} tries to start a group call on {group}",
        Description = "The user presses PTT with no call up on the group; a refusal is kept for the next check.",
        Example = "When \"PC Obi\" tries to start a group call on \"MPS-WEMBLEY-2\"")]
    public Task TryStart(UserName user, GroupName group) => refusals.AttemptAsync(() => calls.StartGroupCallAsync(user, group));

    /// <summary>Pre-empted and told.</summary>
    [Then("the call on {group} is pre-empted and {users} is/are told why",
        Description = "Each user's terminal sees the group's call end with the cause 'pre-empted' and a reason (TS 24.379 §4.13), not as a normal release.",
        Example = "Then the call on \"LAS-NYE-1\" is pre-empted and \"Paramedic Singh\" is told why")]
    public Task Preempted(GroupName group, IReadOnlyList<UserName> users) => capacity.ExpectPreemptedAsync(group, users);

    /// <summary>Raised on a console.</summary>
    [Then("the {controlRoom} console shows the call on {group} pre-empted by the call on {group}",
        Description = "A console of the control room is told the group's call was pre-empted for radio resources, by which group's call, and why.",
        Example = "Then the LAS EOC console shows the call on \"LAS-CARNIVAL-1\" pre-empted by the call on \"MPS-CARNIVAL-1\"")]
    public Task Shown(ControlRoom room, GroupName preempted, GroupName by) => capacity.ExpectShownAsync(room, preempted, by);
}
