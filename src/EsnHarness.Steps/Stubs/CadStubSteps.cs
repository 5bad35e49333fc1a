using EsnHarness.Bdd;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Stubs;

/// <summary>Agency CAD and AVL on the stubs: incidents dispatched from CAD, and what comes back into CAD and the
/// control room's map. A resource is named by its callsign, or a name ending in it ("Crew RRU43" → RRU43).</summary>
[Binding]
public sealed class CadStubSteps(ScenarioStubs stubs)
{
    [When("the CAD of {agency} dispatches incident {string} to {string}",
        Description = "Creates the incident in the agency's CAD (this scenario only), assigned to the resource; \"ID: summary\" splits the reference from what the crew sees.",
        Example = "When the CAD of LAS dispatches incident \"C1-0412: cardiac arrest, 10 Lower Marsh SE1\" to \"Crew RRU43\"")]
    public async Task Dispatches(Agency agency, string incident, string resource)
    {
        var colon = incident.IndexOf(':', StringComparison.Ordinal);
        var (id, summary) = colon < 0 ? (incident.Trim(), incident.Trim()) : (incident[..colon].Trim(), incident[(colon + 1)..].Trim());
        await (await stubs.CadAsync()).DispatchAsync(agency.Name(), id, summary, Callsign(resource));
    }

    [Then("the CAD of {agency} shows incident {string} acknowledged by {string} within {int} ms",
        Description = "Waits for the crew's acknowledgement of the incident to reach the agency's CAD, then checks CAD holds the incident as acknowledged.",
        Example = "Then the CAD of LAS shows incident \"C1-0412\" acknowledged by \"Crew RRU43\" within 5000 ms")]
    public async Task ShowsAcknowledged(Agency agency, string incident, string resource, int milliseconds)
    {
        var cad = await stubs.CadAsync();
        await cad.WaitForAcknowledgementAsync(agency.Name(), incident, Callsign(resource), TimeSpan.FromMilliseconds(milliseconds));
        var state = await cad.IncidentStateAsync(agency.Name(), incident);
        if (state != "acknowledged")
        {
            throw new InvalidOperationException($"the acknowledgement of {incident} reached {agency.Name()} CAD, but CAD shows the incident as {state ?? "unknown"}");
        }
    }

    [Then("the CAD of {agency} receives status {string} from {string} within {int} ms",
        Description = "Waits for the resource's status (a name from the agency's status table) to reach the agency's CAD.",
        Example = "Then the CAD of LFB receives status \"Mobile\" from \"Crew A241\" within 5000 ms")]
    public async Task ReceivesStatus(Agency agency, string status, string resource, int milliseconds) =>
        await (await stubs.CadAsync()).WaitForStatusAsync(agency.Name(), Callsign(resource), status, TimeSpan.FromMilliseconds(milliseconds));

    [Then("the AVL of {agency} receives a position for {string} within {int} ms",
        Description = "Waits for a position report of the resource to reach the agency control room's AVL feed.",
        Example = "Then the AVL of LFB receives a position for \"Crew A241\" within 20000 ms")]
    public async Task AvlReceivesPosition(Agency agency, string resource, int milliseconds) =>
        await (await stubs.AvlAsync()).WaitForPositionAsync(agency.Name(), Callsign(resource), TimeSpan.FromMilliseconds(milliseconds));

    private static string Callsign(string resource) => resource.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
