using System.Collections.Concurrent;
using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the two ends of an agency's CAD ↔ ESN integration, and nothing in between. The gateway is the
/// cadGateway role (esn.cadgateway.v1: the reference gateway embedded, or the agency's own): the harness points it at
/// the scenario's CAD (the cad role) and plays the CAD's outbound side (its dispatch). Everything else is observed at
/// the ends: what the resource's terminal shows, and what CAD received and holds. The harness never posts into CAD.
/// </summary>
public sealed class CadGateway(Messaging messaging, Cast cast, ScenarioStubs stubs, EsnSession session)
{
    private CadGatewayService.CadGatewayServiceClient? _client;
    private readonly ConcurrentDictionary<Agency, UserName> _gateways = new();
    private readonly ConcurrentDictionary<string, Agency> _servedBy = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte> _registered = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _dispatchedAt = new(StringComparer.Ordinal);

    /// <summary>The cadGateway role, reached on first use: a scenario without CAD never needs it.</summary>
    private CadGatewayService.CadGatewayServiceClient Gateway =>
        LazyInitializer.EnsureInitialized(ref _client, () => new CadGatewayService.CadGatewayServiceClient(session.Invoker(EsnRole.CadGateway)));

    /// <summary>The agency whose CAD dispatched to the resource, if any.</summary>
    public Agency? DispatchingAgency(UserName resource) => _servedBy.TryGetValue(resource.Value, out var a) ? a : null;

    /// <summary>The agency's CAD gateway (an MCX client the cast knows by name, e.g. "LAS CAD gateway"), pointed at the
    /// scenario's CAD on first use.</summary>
    public async Task<UserName> GatewayAsync(Agency agency)
    {
        if (_gateways.TryGetValue(agency, out var existing))
        {
            return existing;
        }

        var name = new UserName($"{agency.Name()} CAD gateway");
        var member = cast.Add(name, agency, MemberKind.AgencySystem);
        var cad = await stubs.SessionAsync(CadStub.Endpoint);
        await Rpc.CallAsync(() => Gateway.ConfigureAsync(new ConfigureGatewayRequest
        {
            Agency = agency, McpttId = member.McpttId, DisplayName = name.Value, CadUrl = cad.Address.AbsoluteUri,
        }).ResponseAsync, $"start the {name} on the scenario's CAD");
        _gateways[agency] = name;
        return name;
    }

    /// <summary>The gateway a resource's messages for <paramref name="agency"/>'s CAD go to; CAD's register knows the
    /// resource (callsign and terminal) from then on, as a CAD knows the resources it can dispatch.</summary>
    public async Task<UserName> GatewayForAsync(Agency agency, UserName resource)
    {
        await RegisterAsync(agency, resource);
        return await GatewayAsync(agency);
    }

    /// <summary>The CAD creates the incident, assigned to the resource, and sends its dispatch to the gateway.</summary>
    public async Task DispatchAsync(Agency agency, string incident, UserName resource)
    {
        var (id, summary) = Split(incident);
        await (await stubs.CadAsync()).DispatchAsync(agency.Name(), id, summary, Callsign(resource));
        await GatewayForAsync(agency, resource);
        _servedBy[resource.Value] = agency;
        _dispatchedAt[id] = session.Target.Clock.GetUtcNow();
        await Rpc.CallAsync(() => Gateway.DispatchAsync(new DispatchRequest
        {
            Agency = agency, IncidentId = id, Summary = summary, Callsigns = { Callsign(resource) },
        }).ResponseAsync, $"send {agency.Name()} CAD's dispatch of {id} to its gateway");
    }

    /// <summary>Waits (up to the step deadline) until the resource's terminal shows the incident from the gateway.</summary>
    public Task ExpectShownAsync(UserName resource, string id) => ExpectShownAsync(resource, id, session.Timeout);

    /// <summary>Waits until the resource's terminal shows the incident from the gateway; returns how long it took from
    /// the CAD's dispatch to the terminal.</summary>
    public async Task<TimeSpan> ExpectShownAsync(UserName resource, string id, TimeSpan within)
    {
        var received = await messaging.ExpectSdsMatchingAsync(resource, t => t.StartsWith($"CAD {id}:", StringComparison.Ordinal), $"incident {id}", within);
        var agency = DispatchingAgency(resource) ?? throw new ExpectationFailedException($"No CAD dispatched incident {id} to {resource} in this scenario.");
        if (received.Sender != _gateways[agency].ToString())
        {
            throw new ExpectationFailedException($"{resource}'s terminal shows incident {id} from {received.Sender}, not from the {_gateways[agency]}.");
        }

        return _dispatchedAt.TryGetValue(id, out var at)
            ? received.ReceivedAt - at.UtcDateTime
            : throw new ExpectationFailedException($"No CAD dispatched incident {id} in this scenario, so there is no dispatch time to measure from.");
    }

    /// <summary>The crew acknowledges on the terminal: an SDS to the gateway of the CAD that dispatched the incident.</summary>
    public async Task AcknowledgeAsync(UserName resource, string id)
    {
        var agency = DispatchingAgency(resource) ?? throw new ArgumentException($"No CAD dispatched incident {id} to {resource} in this scenario.");
        await messaging.SendSdsAsync(resource, _gateways[agency], null, $"ACK {id}", Disposition.None);
    }

    /// <summary>Waits until CAD receives the resource's acknowledgement of the incident, then checks CAD holds it.</summary>
    public async Task ExpectAcknowledgedAsync(Agency agency, string id, UserName resource)
    {
        var cad = await stubs.CadAsync();
        var callsign = Callsign(resource);
        await ExplainedAsync(agency, () => cad.WaitForAcknowledgementAsync(agency.Name(), id, callsign, session.Timeout));
        var incident = await cad.IncidentAsync(agency.Name(), id);
        if (incident is not { State: "acknowledged" } || !incident.AcknowledgedBy.Contains(callsign, StringComparer.OrdinalIgnoreCase))
        {
            throw new ExpectationFailedException(
                $"{agency.Name()} CAD received {resource}'s acknowledgement of {id}, but holds the incident as {incident?.State ?? "unknown"}"
                + $" (acknowledged by: {(incident?.AcknowledgedBy.Count > 0 ? string.Join(", ", incident.AcknowledgedBy) : "nobody")}).");
        }
    }

    /// <summary>Waits until CAD receives the resource's status, then checks CAD holds it as the resource's status.</summary>
    public async Task ExpectStatusInCadAsync(Agency agency, string status, UserName resource)
    {
        var cad = await stubs.CadAsync();
        var callsign = Callsign(resource);
        await ExplainedAsync(agency, () => cad.WaitForStatusAsync(agency.Name(), callsign, status, session.Timeout));
        var held = await cad.ResourceAsync(agency.Name(), callsign);
        if (!string.Equals(held?.Status, status, StringComparison.Ordinal))
        {
            throw new ExpectationFailedException(
                $"{agency.Name()} CAD received status '{status}' for {resource}, but holds {(held is null ? "no such resource" : held.Status is null ? "no status" : $"'{held.Status}'")} for it.");
        }
    }

    private async Task RegisterAsync(Agency agency, UserName resource)
    {
        if (_registered.TryAdd($"{agency}/{resource.Value}", 0))
        {
            await (await stubs.CadAsync()).RegisterResourceAsync(agency.Name(), Callsign(resource), cast.Get(resource).McpttId);
        }
    }

    /// <summary>A CAD that did not get what it should: the message says what CAD received and what the gateway did.</summary>
    private async Task ExplainedAsync(Agency agency, Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (StubVerificationException e)
        {
            throw new ExpectationFailedException($"{e.Message}{Environment.NewLine}{await ActivityAsync(agency)}");
        }
    }

    private async Task<string> ActivityAsync(Agency agency)
    {
        if (!_gateways.TryGetValue(agency, out var name))
        {
            return $"No {agency.Name()} CAD gateway was started in this scenario.";
        }

        try
        {
            var activity = await Gateway.GetActivityAsync(new GetActivityRequest { Agency = agency }, deadline: DateTime.UtcNow + session.Timeout);
            var lines = activity.Entries.TakeLast(8).Select(e => $"  {(e.Failed ? "FAILED " : "")}{e.Line}");
            return $"What the {name} did lately:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
        }
        catch (Grpc.Core.RpcException e)
        {
            return $"The {name} did not say what it did ({e.StatusCode}).";
        }
    }

    private static (string Id, string Summary) Split(string incident)
    {
        var colon = incident.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (incident.Trim(), incident.Trim()) : (incident[..colon].Trim(), incident[(colon + 1)..].Trim());
    }

    private static string Callsign(UserName resource) => resource.Value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
}
