using System.Text.Json;
using System.Text.Json.Nodes;

namespace EsnHarness.Stubs.Esn;

/// <summary>The agency CAD stubs of one session: dispatch an incident to a resource, then wait for the crew's
/// acknowledgement, statuses and locations to come back into CAD.</summary>
public sealed class CadStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "cad";

    /// <summary>Creates incident <paramref name="incidentId"/> in <paramref name="agency"/>'s CAD, assigned to
    /// <paramref name="resource"/> (this session only): GET answers it as dispatched, a crew's acknowledgement moves it
    /// to acknowledged.</summary>
    public async Task<CadDispatch> DispatchAsync(string agency, string incidentId, string summary, string resource, CancellationToken cancellationToken = default)
    {
        var segment = AgencySegment.Of(agency);
        ArgumentException.ThrowIfNullOrWhiteSpace(incidentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(resource);
        var path = $"/cad/{segment}/incidents/{Uri.EscapeDataString(incidentId)}";
        var scenario = $"{segment.ToUpperInvariant()} incident {incidentId} (scenario dispatch)";
        JsonObject Incident(string state) => new()
        {
            ["incident"] = incidentId, ["agency"] = segment.ToUpperInvariant(), ["summary"] = summary,
            ["resources"] = new JsonArray(resource), ["state"] = state,
            ["acknowledgedBy"] = state == "acknowledged" ? new JsonArray(resource) : new JsonArray(),
        };

        await session.AddMappingAsync(Endpoint, Mapping($"CAD: {incidentId} dispatched", -10, scenario, null, null, "GET", path, 200, Incident("dispatched")), cancellationToken);
        await session.AddMappingAsync(Endpoint, Mapping($"CAD: {incidentId} acknowledged", -10, scenario, null, "acknowledged", "POST", path + "/acknowledgements", 202,
            new JsonObject { ["incident"] = incidentId, ["state"] = "acknowledged" }), cancellationToken);
        await session.AddMappingAsync(Endpoint, Mapping($"CAD: {incidentId} after acknowledgement", -11, scenario, "acknowledged", "acknowledged", "GET", path, 200, Incident("acknowledged")), cancellationToken);
        return new CadDispatch(segment.ToUpperInvariant(), incidentId, summary, resource, new Uri(session.Address, path.TrimStart('/')));
    }

    /// <summary>The incident's state as CAD holds it now (<c>dispatched</c>, <c>acknowledged</c>), or null when CAD has no such incident.</summary>
    public async Task<string?> IncidentStateAsync(string agency, string incidentId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.Address, $"cad/{AgencySegment.Of(agency)}/incidents/{Uri.EscapeDataString(incidentId)}"));
        using var response = await session.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.GetProperty("state").GetString();
    }

    /// <summary>Waits until <paramref name="agency"/>'s CAD receives status <paramref name="status"/> from <paramref name="resource"/>.</summary>
    public Task<IReadOnlyList<ReceivedRequest>> WaitForStatusAsync(string agency, string resource, string status, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        session.WaitForAsync(
            RequestExpectation.To(Endpoint, RequestCondition.Method("POST"), RequestCondition.Path($"/cad/{AgencySegment.Of(agency)}/resources/{resource}/status"), RequestCondition.JsonPath("$.status", status)),
            RequestCount.AtLeastOf(1),
            timeout,
            cancellationToken);

    /// <summary>Waits until <paramref name="agency"/>'s CAD receives <paramref name="resource"/>'s acknowledgement of <paramref name="incidentId"/>.</summary>
    public Task<IReadOnlyList<ReceivedRequest>> WaitForAcknowledgementAsync(string agency, string incidentId, string resource, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        session.WaitForAsync(
            RequestExpectation.To(Endpoint, RequestCondition.Method("POST"), RequestCondition.Path($"/cad/{AgencySegment.Of(agency)}/incidents/{incidentId}/acknowledgements"), RequestCondition.JsonPath("$.resource", resource)),
            RequestCount.AtLeastOf(1),
            timeout,
            cancellationToken);

    private static string Mapping(string title, int priority, string scenario, string? whenStateIs, string? setStateTo, string method, string path, int status, JsonObject body)
    {
        var mapping = new JsonObject
        {
            ["Title"] = title,
            ["Priority"] = priority,
            ["Scenario"] = scenario,
            ["Request"] = new JsonObject { ["Path"] = path, ["Methods"] = new JsonArray(method) },
            ["Response"] = new JsonObject { ["StatusCode"] = status, ["Headers"] = new JsonObject { ["Content-Type"] = "application/json" }, ["BodyAsJson"] = body },
        };
        if (whenStateIs is not null)
        {
            mapping["WhenStateIs"] = whenStateIs;
        }

        if (setStateTo is not null)
        {
            mapping["SetStateTo"] = setStateTo;
        }

        return mapping.ToJsonString();
    }
}
