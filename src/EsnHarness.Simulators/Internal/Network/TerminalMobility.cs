using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;
using EsnHarness.Simulators.Internal.Network.Model;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// Where a namespace's terminals are and how they move: attach and detach, altitude and bearer priority, rides along a
/// line, handovers between cells (which a defect drops for a while), and the reselection and ride timers that come back.
/// Owns the rides; shares its world's lock, since a move recomputes a terminal's link from every part of the model.
/// </summary>
internal sealed class TerminalMobility
{
    private const double MaxAltitudeFt = 60_000;

    private readonly Lock _gate;
    private readonly string _ns;
    private readonly WorldScope _scope;
    private readonly PlaceCatalogue _catalogue;
    private readonly TimeProvider _time;
    private readonly Attachments _terminals;
    private readonly LinkModel _links;
    private readonly Rides _rides;

    public TerminalMobility(Lock gate, string ns, PlaceCatalogue catalogue, TimeProvider time, WorldScope scope, PlaceBook places, Attachments terminals, LinkModel links)
    {
        (_gate, _ns, _catalogue, _time, _scope, _terminals, _links) = (gate, ns, catalogue, time, scope, terminals, links);
        _rides = new Rides(catalogue, places, time, RideOn);
    }

    public IReadOnlyList<Line> ListLines() => _rides.List();

    /// <summary>Attaches or moves a terminal to a place; ends a ride it was on.</summary>
    public LinkConditions Attach(string terminalId, Place place)
    {
        lock (_gate)
        {
            var terminal = _terminals.GetOrAdd(terminalId);
            terminal.Ride?.Stop();
            terminal.Ride = null;
            Move(terminal, place.PlaceId);
            return terminal.Current!.Clone();
        }
    }

    public void Detach(string terminalId)
    {
        lock (_gate)
        {
            _terminals.Remove(_terminals.Require(terminalId));
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
            Move(terminal, state.Plan.Legs[0].PlaceId);
            NetworkLog.RideStarted(_scope.Logger, _ns, terminal.TerminalId, state.Plan.LineId, state.Plan.Legs.Count);
            return state.Plan.Clone();
        }
    }

    /// <summary>The reselection timer of a terminal fired: it now camps on the neighbour cell.</summary>
    public void ReselectionDone(TerminalAttachment terminal)
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

            Move(terminal, leg.PlaceId);
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

    /// <summary>Moves a terminal to a place; a change of serving cell in service is a handover (which a defect drops).</summary>
    private void Move(TerminalAttachment terminal, string placeId)
    {
        var before = terminal.Current;
        if (terminal.PlaceId != placeId)
        {
            terminal.HandoverFrom = "";
        }

        terminal.PlaceId = placeId;
        var next = _links.Compute(terminal);
        if (before is { InService: true, CellId.Length: > 0 } && next.InService && before.CellId != next.CellId)
        {
            terminal.HandoverFrom = before.CellId;
            NetworkLog.Handover(_scope.Logger, _ns, terminal.TerminalId, before.CellId, next.CellId);
            if (_scope.Defects.Has(NetworkDefects.HandoverDropsBearers))
            {
                var wait = TimeSpan.FromMilliseconds(_catalogue.ReselectionMs);
                terminal.ReestablishTimer?.Dispose();
                terminal.ReestablishedAt = _time.GetUtcNow() + wait;
                terminal.ReestablishTimer = _time.CreateTimer(_ => Reestablished(terminal), null, wait, Timeout.InfiniteTimeSpan);
            }

            next = _links.Compute(terminal);
        }

        _terminals.Publish(terminal, next);
    }
}
