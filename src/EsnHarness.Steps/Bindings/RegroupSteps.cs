using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Dynamic regrouping by a dispatcher (MCPTT group regroup; across the bridge, TS 23.283 §10.3.7).</summary>
[Binding]
public sealed class RegroupSteps(Regroups regroups, Cast cast)
{
    /// <summary>Regroup two groups.</summary>
    [When("the {controlRoom} dispatcher regroups {group} and {group}",
        Description = "A dispatcher of the control room patches the two groups: a call on either is then one call for both (an Airwave talkgroup bridged to one of them joins through its bridge).",
        Example = "When the MetCC dispatcher regroups \"MPS-LX-OPS1\" and \"MPS-SX-OPS1\"")]
    public Task Regroup(ControlRoom room, GroupName first, GroupName second) => regroups.PatchAsync(cast.Consoles(room)[0].Name, first, second);
}
