using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using EsnHarness.Stubs.Internal.Esn;
using static EsnHarness.Stubs.Internal.Esn.CadMappings;

namespace EsnHarness.Stubs.Esn;

/// <summary>The agency CAD stubs of one session: a scenario creates incidents and registers its resources in an agency's
/// CAD, and reads back what CAD holds (an incident's acknowledgements, a resource's status) and what it received.</summary>
public sealed class CadStub(IStubSession session)
{
    /// <summary>The endpoint folder.</summary>
    public const string Endpoint = "cad";

    /// <summary>Creates incident <paramref name="incidentId"/> in <paramref name="agency"/>'s CAD, assigned to
    /// <paramref name="resource"/> (this session only): GET answers it as dispatched; the assigned resource's
    /// acknowledgement moves it to acknowledged, anyone else's is refused (409).</summary>
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

        await AddAsync(Mapping($"CAD: {incidentId} dispatched", Update, scenario, null, null, "GET", path, 200, Incident("dispatched")), cancellationToken);
        await AddAsync(Mapping($"CAD: {incidentId} acknowledged by {resource}", Update, scenario, null, "acknowledged", "POST", path + "/acknowledgements", 202,
            new JsonObject { ["incident"] = incidentId, ["acknowledgedBy"] = resource, ["state"] = "acknowledged" }, jmesPath: $"resource == {Literal(resource)}"), cancellationToken);
        await AddAsync(Mapping($"CAD: {incidentId} acknowledgement by a resource not assigned", Update + 1, null, null, null, "POST", path + "/acknowledgements", 409,
            Problem("Resource not assigned to the incident", 409, $"Only {resource} is assigned to {incidentId}.")), cancellationToken);
        await AddAsync(Mapping($"CAD: {incidentId} after acknowledgement", Held, scenario, "acknowledged", "acknowledged", "GET", path, 200, Incident("acknowledged")), cancellationToken);
        return new CadDispatch(segment.ToUpperInvariant(), incidentId, summary, resource, new Uri(session.Address, path.TrimStart('/')));
    }

    /// <summary>Registers <paramref name="callsign"/> in <paramref name="agency"/>'s CAD with its terminal's MCPTT ID (this
    /// session only): CAD answers its record, finds it by its terminal (<c>?mcpttId=</c>), and accepts and holds each
    /// status of the agency's table that is posted for it.</summary>
    /// <exception cref="InvalidOperationException">The session's CAD serves no status table for the agency.</exception>
    public async Task RegisterResourceAsync(string agency, string callsign, string mcpttId, CancellationToken cancellationToken = default)
    {
        var segment = AgencySegment.Of(agency);
        ArgumentException.ThrowIfNullOrWhiteSpace(callsign);
        var user = McpttId.Require(mcpttId);
        var path = $"/cad/{segment}/resources/{Uri.EscapeDataString(callsign)}";
        var scenario = $"{segment.ToUpperInvariant()} resource {callsign} (scenario register)";
        JsonObject Record(uint? code, string? status) => new()
        {
            ["callsign"] = callsign, ["agency"] = segment.ToUpperInvariant(), ["mcpttId"] = user,
            ["status"] = code is null ? null : new JsonObject { ["code"] = code, ["status"] = status },
        };

        var table = await StatusTableAsync(segment, cancellationToken);
        await AddAsync(Mapping($"CAD: resource {callsign} in the register", Update, scenario, null, null, "GET", path, 200, Record(null, null)), cancellationToken);
        await AddAsync(Mapping($"CAD: resource with terminal {user}", Update, null, null, null, "GET", $"/cad/{segment}/resources", 200,
            new JsonArray(Record(null, null)), query: ("mcpttId", user)), cancellationToken);
        // WireMock moves a scenario only from the state a mapping names (no WhenStateIs: from the start), so each status
        // of the table has one update from the start and one from every status the resource may hold.
        string?[] from = [null, .. table.Select(t => State(t.Code))];
        foreach (var (code, status) in table)
        {
            foreach (var state in from)
            {
                await AddAsync(Mapping($"CAD: status '{status}' of {callsign} accepted and held", Update, scenario, state, State(code), "POST", path + "/status", 202,
                    new JsonObject { ["resource"] = callsign, ["status"] = status, ["accepted"] = true }, jmesPath: $"code == `{code}` && status == {Literal(status)}"), cancellationToken);
            }

            await AddAsync(Mapping($"CAD: resource {callsign} with status '{status}'", Held, scenario, State(code), State(code), "GET", path, 200, Record(code, status)), cancellationToken);
        }

        static string State(uint code) => $"status {code}";
    }

    /// <summary>The incident as CAD holds it now, or null when CAD has no such incident.</summary>
    public async Task<CadIncident?> IncidentAsync(string agency, string incidentId, CancellationToken cancellationToken = default)
    {
        using var json = await GetAsync($"cad/{AgencySegment.Of(agency)}/incidents/{Uri.EscapeDataString(incidentId)}", cancellationToken);
        if (json is null)
        {
            return null;
        }

        var root = json.RootElement;
        return new CadIncident(agency.ToUpperInvariant(), incidentId, root.GetProperty("state").GetString() ?? "",
            Strings(root, "resources"), Strings(root, "acknowledgedBy"));
    }

    /// <summary>The incident's state as CAD holds it now (<c>dispatched</c>, <c>acknowledged</c>), or null when CAD has no such incident.</summary>
    public async Task<string?> IncidentStateAsync(string agency, string incidentId, CancellationToken cancellationToken = default) =>
        (await IncidentAsync(agency, incidentId, cancellationToken))?.State;

    /// <summary>The resource as CAD's register holds it now, or null when CAD does not know it.</summary>
    public async Task<CadResource?> ResourceAsync(string agency, string callsign, CancellationToken cancellationToken = default)
    {
        using var json = await GetAsync($"cad/{AgencySegment.Of(agency)}/resources/{Uri.EscapeDataString(callsign)}", cancellationToken);
        if (json is null)
        {
            return null;
        }

        var root = json.RootElement;
        var status = root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.Object ? s : (JsonElement?)null;
        return new CadResource(agency.ToUpperInvariant(), callsign, root.GetProperty("mcpttId").GetString() ?? "",
            status?.GetProperty("code").GetUInt32(), status?.GetProperty("status").GetString());
    }

    /// <summary>Waits until <paramref name="agency"/>'s CAD receives status <paramref name="status"/> for <paramref name="resource"/>.</summary>
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

    private async Task<IReadOnlyList<(uint Code, string Status)>> StatusTableAsync(string segment, CancellationToken cancellationToken)
    {
        using var json = await GetAsync($"cad/{segment}/status-codes", cancellationToken)
            ?? throw new InvalidOperationException($"the {segment.ToUpperInvariant()} CAD of this session serves no status table (GET cad/{segment}/status-codes)");
        return [.. json.RootElement.GetProperty("statuses").EnumerateArray().Select(e => (e.GetProperty("code").GetUInt32(), e.GetProperty("status").GetString()!))];
    }

    private async Task<JsonDocument?> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.Address, path));
        using var response = await session.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private Task<Guid> AddAsync(string mapping, CancellationToken cancellationToken) => session.AddMappingAsync(Endpoint, mapping, cancellationToken);

    private static string[] Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")] : [];
}
