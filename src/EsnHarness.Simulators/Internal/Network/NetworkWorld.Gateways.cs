using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>ESN Gateway vehicle units: relays that carry terminals at a weak-coverage place over their own backhaul.</summary>
internal sealed partial class NetworkWorld
{
    private const double MaxRelayLatencyMs = 1000;
    private readonly Dictionary<string, Gateway> _gateways = new(StringComparer.Ordinal);

    public Gateway DeployGateway(Gateway? gateway)
    {
        if (gateway is null)
        {
            throw Errors.Invalid(Errors.Required("gateway"));
        }

        RequireId(gateway.GatewayId, "gateway.gateway_id");
        if (double.IsNaN(gateway.RelayLatencyMs) || gateway.RelayLatencyMs is < 0 or > MaxRelayLatencyMs)
        {
            throw Errors.Invalid($"gateway.relay_latency_ms {gateway.RelayLatencyMs} is outside 0..{MaxRelayLatencyMs:0} ms");
        }

        lock (_gate)
        {
            var served = RequirePlace(gateway.ServedPlaceId, "gateway.served_place_id");
            var backhaul = RequirePlace(gateway.BackhaulPlaceId, "gateway.backhaul_place_id");
            if (backhaul.PlaceId == served.PlaceId)
            {
                throw Errors.Invalid($"gateway.backhaul_place_id '{backhaul.PlaceId}' is the served place: the vehicle must attach where there is coverage");
            }

            if (backhaul.Coverage == CoverageType.NoCoverage || backhaul.CellId.Length == 0)
            {
                throw Errors.Precondition($"gateway.backhaul_place_id '{backhaul.PlaceId}' has no ESN coverage for the gateway's own modem");
            }

            if (_gateways.Values.FirstOrDefault(g => g.ServedPlaceId == served.PlaceId && g.GatewayId != gateway.GatewayId) is { } other)
            {
                throw Errors.Precondition($"place '{served.PlaceId}' is already served by gateway '{other.GatewayId}'");
            }

            var stored = gateway.Clone();
            stored.ServedTerminalIds.Clear();
            _gateways[stored.GatewayId] = stored;
            RecomputeAllLocked();
            return WithServedLocked(stored);
        }
    }

    public void RemoveGateway(string gatewayId)
    {
        RequireId(gatewayId, "gateway_id");
        lock (_gate)
        {
            if (!_gateways.Remove(gatewayId))
            {
                throw Errors.NotFound($"gateway_id '{gatewayId}' is not a gateway in namespace '{ns}'");
            }

            RecomputeAllLocked();
        }
    }

    private Gateway? GatewayServing(string placeId) => _gateways.Values.FirstOrDefault(g => g.ServedPlaceId == placeId);

    private Gateway WithServedLocked(Gateway gateway)
    {
        var result = gateway.Clone();
        result.ServedTerminalIds.AddRange(_terminals.Values.Where(t => t.PlaceId == gateway.ServedPlaceId)
            .Select(t => t.TerminalId).Order(StringComparer.Ordinal));
        return result;
    }
}
