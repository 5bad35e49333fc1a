using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Model;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>What a test or an operator does to the network: faults, load, gateways, altitude and priority, rides; and the timers that come back.</summary>
internal sealed partial class NetworkWorld
{
    private const double MaxAltitudeFt = 60_000;

    public Fault InjectFault(Fault? request)
    {
        lock (_gate)
        {
            var fault = _faults.Inject(request, _terminals.Contains);
            NetworkLog.FaultInjected(_scope.Logger, _ns, fault.FaultId, fault.Kind.ToString(), fault.Target, fault.DurationMs);
            _status.Site(fault, restored: false);
            _terminals.UpdateAll();
            return fault;
        }
    }

    public void ClearFault(string faultId) => ClearFault(faultId, expired: false);

    public IReadOnlyList<Fault> ListFaults()
    {
        lock (_gate)
        {
            return _faults.List();
        }
    }

    public CongestionReport SetCongestion(SetCongestionRequest request)
    {
        lock (_gate)
        {
            var report = _loads.Set(request);
            NetworkLog.CongestionSet(_scope.Logger, _ns, report.CellId, report.PublicOffered, report.McOffered, report.McAdmitted, report.PublicPreempted, report.McPreempted);
            _terminals.UpdateAll();
            return _admission.Report(report.CellId);
        }
    }

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
    public LinkConditions SetAltitude(string terminalId, double altitudeFt)
    {
        if (double.IsNaN(altitudeFt) || altitudeFt is < 0 or > MaxAltitudeFt)
        {
            throw Errors.Invalid($"altitude_ft must be 0..{MaxAltitudeFt:0}, got {altitudeFt}");
        }

        lock (_gate)
        {
            var terminal = _terminals.Require(terminalId);
            terminal.AltitudeFt = altitudeFt;
            _terminals.Update(terminal);
            NetworkLog.TerminalQosChanged(_scope.Logger, _ns, terminalId, terminal.Current!.ArpPriorityLevel, altitudeFt);
            return terminal.Current!.Clone();
        }
    }

    /// <summary>Sets the ARP priority level of a terminal's MC bearers; 0 restores the default.</summary>
    public LinkConditions SetBearerPriority(string terminalId, uint level)
    {
        if (level > 15)
        {
            throw Errors.Invalid($"arp_priority_level must be 1 (highest) to 15, or 0 for the default; got {level}");
        }

        lock (_gate)
        {
            var terminal = _terminals.Require(terminalId);
            terminal.ArpPriorityLevel = level == 0 ? null : level;
            _terminals.Update(terminal);
            NetworkLog.TerminalQosChanged(_scope.Logger, _ns, terminalId, terminal.Current!.ArpPriorityLevel, terminal.Current.AltitudeFt);
            return terminal.Current.Clone();
        }
    }

    /// <summary>Boards a terminal on a line and moves it place by place; returns the planned legs.</summary>
    public Ride RideLine(RideLineRequest request)
    {
        lock (_gate)
        {
            var terminal = _terminals.Require(request.TerminalId);
            terminal.Ride?.Stop();
            terminal.Ride = null;
            var state = _rides.Plan(terminal, request);
            terminal.Ride = state;
            MoveLocked(terminal, state.Plan.Legs[0].PlaceId);
            NetworkLog.RideStarted(_scope.Logger, _ns, terminal.TerminalId, state.Plan.LineId, state.Plan.Legs.Count);
            return state.Plan.Clone();
        }
    }

    private void ClearFault(string faultId, bool expired)
    {
        lock (_gate)
        {
            if (!_faults.TryClear(faultId, out var fault))
            {
                if (expired)
                {
                    return;
                }

                throw Errors.NotFound($"fault_id '{faultId}' is not an active fault in namespace '{_ns}'");
            }

            NetworkLog.FaultCleared(_scope.Logger, _ns, fault.FaultId, fault.Kind.ToString(), fault.Target, expired ? "expired" : "cleared");
            _status.Site(fault, restored: true);
            _terminals.UpdateAll();
        }
    }

    private void RideOn(TerminalAttachment terminal, RideState ride)
    {
        lock (_gate)
        {
            if (!_terminals.IsCurrent(terminal) || !ReferenceEquals(terminal.Ride, ride) || ride.Next >= ride.Plan.Legs.Count)
            {
                return;
            }

            var leg = ride.Plan.Legs[ride.Next++];
            if (ride.Next >= ride.Plan.Legs.Count)
            {
                terminal.Ride = null;
            }
            else
            {
                _rides.Arm(terminal, ride);
            }

            MoveLocked(terminal, leg.PlaceId);
        }
    }

    private void ReselectionDone(TerminalAttachment terminal)
    {
        lock (_gate)
        {
            if (_terminals.IsCurrent(terminal) && terminal.ReselectingTo.Length > 0)
            {
                terminal.ReselectionDue = DateTimeOffset.MinValue; // the timer is the authority, whatever the wall clock says
                _terminals.Update(terminal);
            }
        }
    }

    private void Reestablished(TerminalAttachment terminal)
    {
        lock (_gate)
        {
            if (_terminals.IsCurrent(terminal))
            {
                terminal.ReestablishedAt = DateTimeOffset.MinValue;
                _terminals.Update(terminal);
            }
        }
    }
}
