using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Patching two groups from a dispatcher console, and what the groups' members are told.</summary>
[Binding]
public sealed class PatchSteps(Patches patches, Cast cast, Groups groups, ControlRoomConsoles consoles)
{
    /// <summary>Patch.</summary>
    [When("the {controlRoom} dispatcher patches {group} and {group}", Description = "The dispatcher patches the two groups: a call on either is then heard on both.",
        Example = "When the MetCC dispatcher patches \"MPS-LX-OPS1\" and \"MPS-SO-OPS1\"")]
    [Given("the {controlRoom} dispatcher patches {group} and {group}")]
    public Task Patch(ControlRoom room, GroupName first, GroupName second) => patches.PatchAsync(cast.Consoles(room)[0].Name, first, second);

    /// <summary>Patch attempt.</summary>
    [When("the {controlRoom} dispatcher tries to patch {group} and {group}", Description = "The dispatcher asks to patch the two groups; a refusal is kept for the next check.",
        Example = "When the MetCC dispatcher tries to patch \"MPS-LX-OPS1\" and \"LAS-SOUTH-SECTOR\"")]
    public Task TryPatch(ControlRoom room, GroupName first, GroupName second) => patches.TryPatchAsync(cast.Consoles(room)[0].Name, first, second);

    /// <summary>Unpatch.</summary>
    [When("the {controlRoom} dispatcher removes the patch", Description = "The dispatcher removes the scenario's patch: calls set up afterwards are per group again.",
        Example = "When the MetCC dispatcher removes the patch")]
    public Task Unpatch(ControlRoom room) => patches.UnpatchAsync(cast.Consoles(room)[0].Name);

    /// <summary>Members told of the patch.</summary>
    [Then("every member of {group} and {group} is told of the patch", Description = "Each member's terminal of both groups (the consoles among them) shows the patch.",
        Example = "Then every member of \"MPS-LX-OPS1\" and \"MPS-SO-OPS1\" is told of the patch")]
    public Task Told(GroupName first, GroupName second) => ToldAsync([first, second], removed: false);

    /// <summary>Members told of its removal.</summary>
    [Then("every member of {group} and {group} is told the patch is removed", Description = "Each member's terminal of both groups shows the patch removed.",
        Example = "Then every member of \"MPS-LX-OPS1\" and \"MPS-SO-OPS1\" is told the patch is removed")]
    public Task ToldRemoved(GroupName first, GroupName second) => ToldAsync([first, second], removed: true);

    /// <summary>Terminals by their events; a dispatcher at a web console by the patch marks on the screen's tiles of both groups.</summary>
    private Task ToldAsync(GroupName[] patched, bool removed)
    {
        var screens = patched.SelectMany(groups.TerminalMembers).Where(m => consoles.AtWebConsole(m.Name)).DistinctBy(m => m.Name.Value, StringComparer.OrdinalIgnoreCase);
        var marks = screens.SelectMany(m => patched.Select(g => consoles.Controls!.ExpectPatchMarkAsync(m, g, shown: !removed)));
        return Task.WhenAll([patches.ExpectToldAsync(patched, removed, m => !consoles.AtWebConsole(m.Name)), .. marks]);
    }
}
