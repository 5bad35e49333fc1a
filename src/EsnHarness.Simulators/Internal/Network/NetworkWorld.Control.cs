using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>What a test, an operator or the MC service does to the network: faults, load and MC resources, gateways, altitude and priority, rides.</summary>
internal sealed partial class NetworkWorld
{
    public Fault InjectFault(Fault? request) => _faultControl.Inject(request);

    public void ClearFault(string faultId) => _faultControl.Clear(faultId, expired: false);

    public IReadOnlyList<Fault> ListFaults() => _faultControl.List();

    public CongestionReport SetCongestion(SetCongestionRequest request) => _resources.SetCongestion(request);

    public CongestionReport GetCongestion(string cellId) => _resources.GetCongestion(cellId);

    /// <summary>An Rx request of the MC service: admit its bearers in the cell serving the terminal, pre-empting lower priorities if it may.</summary>
    public McResourceAnswer RequestMcResources(McResourceRequest request) => _resources.Request(request);

    public void ReleaseMcResources(IEnumerable<string> sessionIds) => _resources.Release(sessionIds);

    public Gateway DeployGateway(Gateway? gateway)
    {
        lock (_gate)
        {
            var stored = _gateways.Deploy(gateway);
            _terminals.UpdateAll();
            stored.ServedTerminalIds.AddRange(_terminals.All.Where(t => t.PlaceId == stored.ServedPlaceId)
                .Select(t => t.TerminalId).Order(StringComparer.Ordinal));
            return stored;
        }
    }

    public void RemoveGateway(string gatewayId)
    {
        if (string.IsNullOrWhiteSpace(gatewayId))
        {
            throw Errors.Invalid(Errors.Required("gateway_id"));
        }

        lock (_gate)
        {
            if (!_gateways.Remove(gatewayId))
            {
                throw Errors.NotFound($"gateway_id '{gatewayId}' is not a gateway in namespace '{_ns}'");
            }

            _terminals.UpdateAll();
        }
    }

    /// <summary>Sets a terminal's altitude above ground (ESN Air).</summary>
    public LinkConditions SetAltitude(string terminalId, double altitudeFt) => _mobility.SetAltitude(terminalId, altitudeFt);

    /// <summary>Sets the ARP priority level of a terminal's MC bearers; 0 restores the default.</summary>
    public LinkConditions SetBearerPriority(string terminalId, uint level) => _mobility.SetBearerPriority(terminalId, level);

    /// <summary>Boards a terminal on a line and moves it place by place; returns the planned legs.</summary>
    public Ride RideLine(RideLineRequest request) => _mobility.RideLine(request);
}
