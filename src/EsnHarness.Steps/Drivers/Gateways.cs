using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped driver of ESN Gateway vehicle units in the network model (esn.network.v1 DeployGateway): a gateway
/// parked at the nearest covered street or venue relays the handhelds at a place where building coverage is weak.
/// </summary>
public sealed class Gateways(EsnSession session, NetworkDriver network, TerminalFleet fleet, Cast cast)
{
    /// <summary>One-way latency the gateway's relay hop adds (a London assumption; the vehicle's modem is in the backhaul).</summary>
    public const double RelayLatencyMs = 5;

    private readonly NetworkService.NetworkServiceClient _client = new(session.Invoker(EsnRole.Network));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, double> _pathLatencyMs = new(StringComparer.Ordinal);

    /// <summary>Deploys a gateway serving <paramref name="place"/> and waits until the cast's terminals there are relayed by it.</summary>
    public async Task DeployAsync(PlaceName place)
    {
        var served = await network.ResolveAsync(place);
        var all = (await _client.ListPlacesAsync(new ListPlacesRequest())).Places;
        var here = all.First(p => p.PlaceId == served.PlaceId).Location ?? new GeoLocation();
        var backhaul = all.Where(p => p.PlaceId != served.PlaceId && p.CellId.Length > 0 && p.Location is not null && p.Kind != PlaceKind.Test
                && p.Coverage is CoverageType.Surface or CoverageType.InBuilding)
            .MinBy(p => Geo.DistanceMetres(ToPosition(here), ToPosition(p.Location)))
            ?? throw new ArgumentException("The network model has no covered surface or in-building place for a gateway vehicle to attach at.");
        var gateway = await Rpc.CallAsync(() => _client.DeployGatewayAsync(new DeployGatewayRequest
        {
            Gateway = new Gateway { GatewayId = $"gateway-{served.PlaceId}", ServedPlaceId = served.PlaceId, BackhaulPlaceId = backhaul.PlaceId, RelayLatencyMs = RelayLatencyMs },
        }).ResponseAsync, $"deploy an ESN Gateway vehicle unit serving {place}");

        _pathLatencyMs[gateway.GatewayId] = (backhaul.Link?.LatencyMs ?? 0) + RelayLatencyMs;
        foreach (var member in cast.Members.Where(m => gateway.ServedTerminalIds.Contains(m.DeviceId)))
        {
            await fleet.Log(member).WaitAsync(e => e.Connectivity?.Link is { InService: true } l && l.GatewayId == gateway.GatewayId,
                0, session.Timeout, $"{member.Name}'s terminal to be served through {gateway.GatewayId}");
        }
    }

    /// <summary>Fails unless the user's terminal is in service through a gateway right now.</summary>
    public async Task ExpectServedThroughGatewayAsync(UserName user)
    {
        var member = cast.Get(user);
        var link = await Rpc.CallAsync(() => _client.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = member.DeviceId }).ResponseAsync,
            $"read the link of {user}'s terminal");
        if (link.GatewayId.Length == 0 || !link.InService)
        {
            throw new ExpectationFailedException(
                $"{user}'s terminal at '{link.PlaceId}' is {(link.InService ? "in" : "out of")} service {(link.GatewayId.Length > 0 ? $"through {link.GatewayId}" : $"on cell '{link.CellId}' directly")}. {link.Reason}");
        }
    }

    /// <summary>
    /// Waits until every listener hears the talker, and checks the voice came up the gateway's path: each frame's modelled
    /// uplink delay includes the gateway's backhaul link and relay hop (a terminal relayed by no gateway, or a gateway
    /// whose relay the network does not model, shows less).
    /// </summary>
    public async Task ExpectHeardThroughGatewayAsync(UserName talker, IReadOnlyList<CastMember> listeners)
    {
        if (_pathLatencyMs.IsEmpty)
        {
            throw new ArgumentException("No ESN Gateway vehicle unit was deployed in this scenario; add e.g. 'Given an ESN Gateway vehicle unit serves \"...\"'.");
        }

        var id = cast.Get(talker).McpttId;
        var least = _pathLatencyMs.Values.Min();
        foreach (var listener in listeners)
        {
            var heard = await fleet.Log(listener).WaitAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == id, fleet.Mark(listener), session.Timeout,
                $"{listener.Name} to hear {talker}");
            var uplink = heard.Media.Packet.UplinkModelledDelayUs / 1000.0;
            if (uplink < least)
            {
                throw new ExpectationFailedException(
                    $"{listener.Name} heard {talker}, but the voice came up a {uplink:0.#} ms uplink: the gateway's path (backhaul link and relay hop) is at least {least:0.#} ms, so it did not carry it.");
            }
        }
    }

    private static Position ToPosition(GeoLocation l) => new(l.LatitudeDeg, l.LongitudeDeg, l.AltitudeM);
}
