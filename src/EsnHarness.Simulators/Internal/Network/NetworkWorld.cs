using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;
using EsnHarness.Simulators.Internal.Network.Model;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// The network model of one namespace, a façade over collaborators that each own their state: the places with this
/// namespace's overrides, the attached terminals, faults, cell loads, gateways, the status feed and rides. One lock
/// keeps a terminal's conditions consistent with all of them; timers re-enter through it.
/// </summary>
internal sealed partial class NetworkWorld : IWorld
{
    private readonly Lock _gate = new();
    private readonly string _ns;
    private readonly PlaceCatalogue _catalogue;
    private readonly TimeProvider _time;
    private readonly WorldScope _scope;
    private readonly PlaceBook _places;
    private readonly StatusFeed _status;
    private readonly FaultBook _faults;
    private readonly CellLoads _loads;
    private readonly GatewayBook _gateways;
    private readonly LinkModel _links;
    private readonly Attachments _terminals;
    private readonly Rides _rides;
    private readonly McAdmissionControl _admission;

    public NetworkWorld(string ns, PlaceCatalogue catalogue, TimeProvider time, WorldScope scope)
    {
        (_ns, _catalogue, _time, _scope) = (ns, catalogue, time, scope);
        _places = new PlaceBook(catalogue);
        _status = new StatusFeed(time);
        _faults = new FaultBook(catalogue, time, id => ClearFault(id, expired: true));
        var sites = new SiteStatus(catalogue, _faults, scope.Defects);
        _loads = new CellLoads(catalogue, scope.Defects);
        _admission = new McAdmissionControl(catalogue, _loads, scope.Defects);
        _gateways = new GatewayBook(_places);
        var reselection = new Reselection(catalogue, sites, time, scope.Defects, ReselectionDone);
        _links = new LinkModel(catalogue, _places, _gateways, reselection, sites, _faults, _loads, time, scope.Defects);
        _terminals = new Attachments(ns, _links, _status, time);
        _rides = new Rides(catalogue, _places, time, RideOn);
    }

    public WorldScope Scope => _scope;

    /// <summary>Stops the namespace's fault, reselection and ride timers and ends its streams.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _faults.Clear();
            _terminals.Clear();
            _status.Complete();
        }

        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<Place> ListPlaces(CoverageType coverage)
    {
        lock (_gate)
        {
            return _places.List(coverage);
        }
    }

    public Place GetPlace(string placeId)
    {
        lock (_gate)
        {
            return RequirePlace(placeId, "place_id").Clone();
        }
    }

    public Place PutPlace(Place? place)
    {
        lock (_gate)
        {
            var stored = _places.Put(place);
            _terminals.UpdateAll();
            return stored;
        }
    }

    public IReadOnlyList<Cell> ListCells() =>
        _catalogue.Cells.Values.OrderBy(c => c.CellId, StringComparer.Ordinal).Select(c => c.Clone()).ToList();

    public IReadOnlyList<Site> ListSites() =>
        _catalogue.Sites.Values.OrderBy(s => s.SiteId, StringComparer.Ordinal).Select(s => s.Clone()).ToList();

    public IReadOnlyList<Line> ListLines() => _rides.List();

    /// <summary>Attaches or moves a terminal to a place (ID or name); ends a ride it was on.</summary>
    public LinkConditions Attach(string terminalId, string placeId)
    {
        if (string.IsNullOrWhiteSpace(terminalId))
        {
            throw Errors.Invalid(Errors.Required("terminal_id"));
        }

        lock (_gate)
        {
            var place = RequirePlace(placeId, "place_id");
            var terminal = _terminals.GetOrAdd(terminalId);
            terminal.Ride?.Stop();
            terminal.Ride = null;
            MoveLocked(terminal, place.PlaceId);
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

    public LinkConditions GetLinkConditions(string terminalId)
    {
        LinkConditions conditions;
        lock (_gate)
        {
            conditions = _terminals.Require(terminalId).Current!.Clone();
        }

        // The bearers are read only here (the network reports a terminal's link): the public-load defect's QoS-less bearers are
        // consulted when they are reported, not on every link computation (its admission part is in the cell loads).
        if (conditions.Bearers.Count > 0 && _scope.Defects.Has(NetworkDefects.PublicLoadDegradesMc))
        {
            var reported = Bearers.WithoutQos(conditions.Bearers, _catalogue.Qos).ToList();
            conditions.Bearers.Clear();
            conditions.Bearers.AddRange(reported);
        }

        return conditions;
    }

    public ChannelReader<LinkConditions> Watch(string terminalId, out Action unsubscribe)
    {
        lock (_gate)
        {
            var terminal = _terminals.Require(terminalId);
            var reader = _terminals.Watch(terminal, out var channel);
            unsubscribe = () =>
            {
                lock (_gate)
                {
                    terminal.Watchers.Remove(channel);
                }
            };
            return reader;
        }
    }

    /// <summary>Adds a terminal to a WatchTerminals stream: its current conditions first, then each change.</summary>
    public void Watch(string terminalId, NetworkWatchMux mux)
    {
        lock (_gate)
        {
            var terminal = _terminals.Require(terminalId);
            if (!terminal.SharedWatchers.Contains(mux))
            {
                terminal.SharedWatchers.Add(mux);
            }

            mux.Watching(terminalId, on: true);
            mux.Write(terminal.Current!.Clone());
        }
    }

    public void Unwatch(string terminalId, NetworkWatchMux mux)
    {
        lock (_gate)
        {
            mux.Watching(terminalId, on: false);
            if (_terminals.Contains(terminalId))
            {
                _terminals.Require(terminalId).SharedWatchers.Remove(mux);
            }
        }
    }

    /// <summary>The network operations feed of this namespace from now on: site outages and restorations, terminals losing and regaining service.</summary>
    public ChannelReader<NetworkStatusEvent> WatchStatus(out Action unsubscribe)
    {
        lock (_gate)
        {
            var reader = _status.Add(out var channel);
            unsubscribe = () =>
            {
                lock (_gate)
                {
                    _status.Remove(channel);
                }

                channel.Writer.TryComplete();
            };
            return reader;
        }
    }

    private Place RequirePlace(string text, string field)
    {
        try
        {
            return _places.Require(text, field);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            NetworkLog.UnknownPlace(_scope.Logger, _ns, field, text);
            throw;
        }
    }

    /// <summary>Moves a terminal to a place; a change of serving cell in service is a handover (which a defect drops).</summary>
    private void MoveLocked(TerminalAttachment terminal, string placeId)
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
