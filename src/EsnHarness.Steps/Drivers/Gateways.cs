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

    private static Position ToPosition(GeoLocation l) => new(l.LatitudeDeg, l.LongitudeDeg, l.AltitudeM);
}
