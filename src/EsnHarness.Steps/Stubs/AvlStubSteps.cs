using EsnHarness.Bdd;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Stubs;

/// <summary>The control rooms' AVL feeds on the avl stub. A resource is named by its callsign, or a name ending in it
/// ("Crew A241" → A241).</summary>
[Binding]
public sealed class AvlStubSteps(ScenarioStubs stubs, Drivers.Cast cast)
{
    [Then("the AVL of {agency} receives a position for {string} within {int} ms",
        Description = "Waits for a position report of the resource to reach the agency control room's AVL feed (the avl role).",
        Example = "Then the AVL of LFB receives a position for \"Crew A241\" within 20000 ms")]
    public async Task AvlReceivesPosition(Agency agency, string resource, int milliseconds)
    {
        cast.Involve(agency, "AVL feed");
        await (await stubs.AvlAsync()).WaitForPositionAsync(agency.Name(), Callsign(resource), TimeSpan.FromMilliseconds(milliseconds));
    }

    private static string Callsign(string resource) => resource.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
