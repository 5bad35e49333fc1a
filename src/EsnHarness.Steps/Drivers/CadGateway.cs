using System.Collections.Concurrent;
using System.Net.Http.Json;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped CAD–ESN integration: an incident created in an agency's CAD goes to the resource's terminal as an
/// SDS from the agency's CAD gateway (an MCX client); the crew's acknowledgement and statuses come back to the gateway
/// and are posted into CAD over HTTP (the CAD stub in the reference profile).
/// </summary>
public sealed class CadGateway(TerminalFleet fleet, Messaging messaging, ScenarioStubs stubs, StatusTables tables, EsnSession session)
{
    private readonly ConcurrentDictionary<Agency, UserName> _gateways = new();
    private readonly ConcurrentDictionary<string, Agency> _servedBy = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The agency whose CAD dispatched to the resource, if any.</summary>
    public Agency? DispatchingAgency(UserName resource) => _servedBy.TryGetValue(resource.Value, out var a) ? a : null;

    /// <summary>The gateway identity of an agency's CAD, logged on at first use.</summary>
    public async Task<UserName> GatewayAsync(Agency agency)
    {
        if (_gateways.TryGetValue(agency, out var existing))
        {
            return existing;
        }

        var name = new UserName($"{agency.Name()} CAD gateway");
        await fleet.LogOnAsync(name, agency, ControlRoom.Of(agency).ConsolePlace, MemberKind.Console);
        _gateways[agency] = name;
        return name;
    }

    /// <summary>Creates the incident in CAD and sends it to the resource's terminal.</summary>
    public async Task DispatchAsync(Agency agency, string incident, UserName resource)
    {
        var (id, summary) = Split(incident);
        await (await stubs.CadAsync()).DispatchAsync(agency.Name(), id, summary, Callsign(resource));
        var gateway = await GatewayAsync(agency);
        _servedBy[resource.Value] = agency;
        await messaging.SendSdsAsync(gateway, resource, null, $"CAD {id}: {summary}", Disposition.Delivered);
    }

    /// <summary>Waits until the resource's terminal shows the incident; returns how long it took (sent to shown).</summary>
    public async Task<TimeSpan> ExpectShownAsync(UserName resource, string id, TimeSpan within)
    {
        var received = await messaging.ExpectSdsMatchingAsync(resource, t => t.StartsWith($"CAD {id}:", StringComparison.Ordinal), $"incident {id}", within);
        return received.SentAt is { } sent ? received.ReceivedAt - sent : TimeSpan.Zero;
    }

    /// <summary>The crew acknowledges: an SDS back to the gateway, which posts the acknowledgement into CAD.</summary>
    public async Task AcknowledgeAsync(UserName resource, string id)
    {
        var agency = DispatchingAgency(resource) ?? throw new ArgumentException($"No CAD dispatched incident {id} to {resource} in this scenario.");
        var gateway = await GatewayAsync(agency);
        await messaging.SendSdsAsync(resource, gateway, null, $"ACK {id}", Disposition.None);
        await messaging.ExpectSdsAsync(gateway, $"ACK {id}", session.Timeout);
        await PostAsync($"{agency.Name().ToLowerInvariant()}/incidents/{Uri.EscapeDataString(id)}/acknowledgements", new { resource = Callsign(resource) }, $"acknowledgement of {id}");
    }

    /// <summary>Waits until CAD holds the incident as acknowledged by the resource.</summary>
    public async Task ExpectAcknowledgedAsync(Agency agency, string id, UserName resource)
    {
        var cad = await stubs.CadAsync();
        await cad.WaitForAcknowledgementAsync(agency.Name(), id, Callsign(resource), session.Timeout);
        var state = await cad.IncidentStateAsync(agency.Name(), id);
        if (state != "acknowledged")
        {
            throw new ExpectationFailedException($"{agency.Name()} CAD got the acknowledgement of {id} from {resource} but shows the incident as {state ?? "unknown"}.");
        }
    }

    /// <summary>Waits for the resource's status at the gateway, posts it into CAD, and waits until CAD has it.</summary>
    public async Task ExpectStatusInCadAsync(Agency agency, string status, UserName resource)
    {
        var gateway = await GatewayAsync(agency);
        var code = tables.Code(agency, status);
        await messaging.ExpectStatusAsync(gateway, resource, code, 1);
        await PostAsync($"{agency.Name().ToLowerInvariant()}/resources/{Callsign(resource)}/status",
            new { code, status, time = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }, $"status '{status}' of {resource}");
        await (await stubs.CadAsync()).WaitForStatusAsync(agency.Name(), Callsign(resource), status, session.Timeout);
    }

    private async Task PostAsync(string path, object body, string what)
    {
        var cad = await stubs.SessionAsync(CadStub.Endpoint);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(cad.Address, $"{CadStub.Endpoint}/{path}")) { Content = JsonContent.Create(body) };
        using var response = await cad.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new ExpectationFailedException($"CAD refused the {what}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static (string Id, string Summary) Split(string incident)
    {
        var colon = incident.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (incident.Trim(), incident.Trim()) : (incident[..colon].Trim(), incident[(colon + 1)..].Trim());
    }

    private static string Callsign(UserName resource) => resource.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
