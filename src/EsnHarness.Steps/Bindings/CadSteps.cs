using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>CAD integration: incidents from an agency's CAD to a resource's terminal, acknowledgements and statuses back.</summary>
[Binding]
public sealed class CadSteps(CadGateway cad, KpiRecorder kpi)
{
    /// <summary>Dispatch.</summary>
    [When("{agency} CAD dispatches incident {string} to {user}", Description = "The incident (\"ID: details\") is created in the agency's CAD and sent to the resource's terminal.",
        Example = "When LAS CAD dispatches incident \"C1-0412: cardiac arrest, 10 Lower Marsh SE1\" to \"Crew RRU43\"")]
    public Task Dispatch(Agency agency, string incident, UserName resource) => cad.DispatchAsync(agency, incident, resource);

    /// <summary>Shown on the terminal within a time (evidence attached).</summary>
    [Then("the terminal of {user} shows incident {string} within {int} ms", Description = "The resource's terminal shows the incident within the time; the delivery time is attached as evidence.",
        Example = "Then the terminal of \"Crew RRU43\" shows incident \"C1-0412\" within 5000 ms")]
    public async Task Shown(UserName resource, string id, int ms)
    {
        var took = await cad.ExpectShownAsync(resource, id, TimeSpan.FromMilliseconds(ms));
        kpi.AssertValue(Metric.Single("CAD dispatch delivery time"), took.TotalMilliseconds, ms, Comparison.Below);
    }

    /// <summary>Acknowledgement.</summary>
    [When("{user} acknowledges incident {string}", Description = "The crew acknowledges the incident on the terminal; it goes back to CAD.", Example = "When \"Crew RRU43\" acknowledges incident \"C1-0412\"")]
    public Task Acknowledge(UserName resource, string id) => cad.AcknowledgeAsync(resource, id);

    /// <summary>CAD holds the acknowledgement.</summary>
    [Then("{agency} CAD shows incident {string} acknowledged by {user}", Description = "The agency's CAD holds the incident as acknowledged by the resource.",
        Example = "Then LAS CAD shows incident \"C1-0412\" acknowledged by \"Crew RRU43\"")]
    public Task Acknowledged(Agency agency, string id, UserName resource) => cad.ExpectAcknowledgedAsync(agency, id, resource);

    /// <summary>CAD holds the status.</summary>
    [Then("{agency} CAD shows status {string} for {user}", Description = "The resource's status reached the agency's CAD.", Example = "Then LFB CAD shows status \"Mobile\" for \"Crew A241\"")]
    public Task StatusInCad(Agency agency, string status, UserName resource) => cad.ExpectStatusInCadAsync(agency, status, resource);
}
