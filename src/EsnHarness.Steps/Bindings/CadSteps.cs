using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>
/// The one step family for CAD: an agency's CAD dispatches to a resource's terminal and gets its acknowledgement and
/// statuses back, through the agency's CAD ↔ ESN gateway (the cadGateway role). The steps play the CAD's dispatch and
/// observe the two ends only: the terminal, and what the agency's CAD (the cad role) received and holds.
/// </summary>
[Binding]
public sealed class CadSteps(CadGateway cad, KpiRecorder kpi)
{
    /// <summary>Dispatch.</summary>
    [When("{agency} CAD dispatches incident {string} to {user}",
        Description = "The agency's CAD creates the incident (\"ID: details\"), assigned to the resource (the last word of its name is its callsign), and sends the dispatch to the agency's CAD gateway, which sends it to the resource's terminal.",
        Example = "When LAS CAD dispatches incident \"C1-0412: cardiac arrest, 10 Lower Marsh SE1\" to \"Crew RRU43\"")]
    public Task Dispatch(Agency agency, string incident, UserName resource) => cad.DispatchAsync(agency, incident, resource);

    /// <summary>Shown on the terminal within a time (evidence attached).</summary>
    [Then("the terminal of {user} shows incident {string} within {int} ms",
        Description = "The resource's terminal shows the incident, sent by the CAD gateway, within the time from the CAD's dispatch; the time is attached as evidence.",
        Example = "Then the terminal of \"Crew RRU43\" shows incident \"C1-0412\" within 5000 ms")]
    public async Task Shown(UserName resource, string id, int ms)
    {
        var took = await cad.ExpectShownAsync(resource, id, TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("CAD dispatch delivery time"), took.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Shown on the terminal (the delivery itself, no time measured).</summary>
    [Then("the terminal of {user} shows incident {string}",
        Description = "The resource's terminal shows the incident, sent by the agency's CAD gateway (waited for up to the step deadline; nothing is measured).",
        Example = "Then the terminal of \"Crew E271\" shows incident \"C1-0981\"")]
    public Task ShownAtAll(UserName resource, string id) => cad.ExpectShownAsync(resource, id);

    /// <summary>Acknowledgement.</summary>
    [When("{user} acknowledges incident {string}",
        Description = "The crew acknowledges the incident on the terminal: a message to the CAD gateway of the agency that dispatched it.",
        Example = "When \"Crew RRU43\" acknowledges incident \"C1-0412\"")]
    public Task Acknowledge(UserName resource, string id) => cad.AcknowledgeAsync(resource, id);

    /// <summary>CAD holds the acknowledgement.</summary>
    [Then("{agency} CAD shows incident {string} acknowledged by {user}",
        Description = "The agency's CAD received the resource's acknowledgement from the gateway and holds the incident as acknowledged by that resource.",
        Example = "Then LAS CAD shows incident \"C1-0412\" acknowledged by \"Crew RRU43\"")]
    public Task Acknowledged(Agency agency, string id, UserName resource) => cad.ExpectAcknowledgedAsync(agency, id, resource);

    /// <summary>CAD holds the status.</summary>
    [Then("{agency} CAD shows status {string} for {user}",
        Description = "The agency's CAD received the resource's status (a name from the agency's status table) from the gateway and holds it as the resource's current status.",
        Example = "Then LFB CAD shows status \"Mobile\" for \"Crew A241\"")]
    public Task StatusInCad(Agency agency, string status, UserName resource) => cad.ExpectStatusInCadAsync(agency, status, resource);
}
