using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>ESN Gateway vehicle units of one namespace: relays that carry terminals at a weak-coverage place over their own backhaul. Guarded by its world's lock.</summary>
internal sealed class GatewayBook(PlaceBook places)
{
    private const double MaxRelayLatencyMs = 1000;
    private readonly Dictionary<string, Gateway> _gateways = new(StringComparer.Ordinal);

    public Gateway? Serving(string placeId) => _gateways.Values.FirstOrDefault(g => g.ServedPlaceId == placeId);

    public Gateway Deploy(Gateway? gateway)
    {
        if (gateway is null)
        {
            throw Errors.Invalid(Errors.Required("gateway"));
        }

        if (string.IsNullOrWhiteSpace(gateway.GatewayId))
        {
            throw Errors.Invalid(Errors.Required("gateway.gateway_id"));
        }

        if (double.IsNaN(gateway.RelayLatencyMs) || gateway.RelayLatencyMs is < 0 or > MaxRelayLatencyMs)
        {
            throw Errors.Invalid($"gateway.relay_latency_ms {gateway.RelayLatencyMs} is outside 0..{MaxRelayLatencyMs:0} ms");
        }

        var served = places.Require(gateway.ServedPlaceId, "gateway.served_place_id");
        var backhaul = places.Require(gateway.BackhaulPlaceId, "gateway.backhaul_place_id");
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
        stored.ServedPlaceId = served.PlaceId;
        stored.BackhaulPlaceId = backhaul.PlaceId;
        stored.ServedTerminalIds.Clear();
        _gateways[stored.GatewayId] = stored;
        return stored.Clone();
    }

    public bool Remove(string gatewayId) => _gateways.Remove(gatewayId);
}
