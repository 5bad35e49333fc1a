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
/// namespace's overrides, the attached terminals and how they move, faults, cell loads and MC admission, gateways, the
/// status feed and the streams watching it all. One lock keeps a terminal's conditions consistent with all of them (a
/// link is computed from every part); the collaborators and the timers re-enter through it.
/// </summary>
internal sealed partial class NetworkWorld : IWorld
{
    private readonly Lock _gate = new();
    private readonly string _ns;
    private readonly PlaceCatalogue _catalogue;
    private readonly WorldScope _scope;
    private readonly PlaceBook _places;
    private readonly StatusFeed _status;
    private readonly FaultBook _faults;
    private readonly GatewayBook _gateways;
    private readonly Attachments _terminals;
    private readonly TerminalMobility _mobility;
    private readonly FaultControl _faultControl;
    private readonly McResources _resources;
    private readonly LinkWatches _watches;

    public NetworkWorld(string ns, PlaceCatalogue catalogue, TimeProvider time, WorldScope scope)
    {
        (_ns, _catalogue, _scope) = (ns, catalogue, scope);
        _places = new PlaceBook(catalogue);
        _status = new StatusFeed(time);
        _faults = new FaultBook(catalogue, time, FaultExpired);
        var sites = new SiteStatus(catalogue, _faults, scope.Defects);
        var loads = new CellLoads(catalogue, scope.Defects);
        _gateways = new GatewayBook(_places);
        var reselection = new Reselection(catalogue, sites, time, scope.Defects, ReselectionDone);
        var links = new LinkModel(catalogue, _places, _gateways, reselection, sites, _faults, loads, time, scope.Defects);
        _terminals = new Attachments(ns, links, _status, time);
        _mobility = new TerminalMobility(_gate, ns, catalogue, time, scope, _places, _terminals, links);
        _faultControl = new FaultControl(_gate, ns, scope, _faults, _status, _terminals);
        _resources = new McResources(_gate, ns, catalogue, scope, _terminals, loads);
        _watches = new LinkWatches(_gate, _terminals, _status);
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

    public IReadOnlyList<Line> ListLines() => _mobility.ListLines();

    /// <summary>Attaches or moves a terminal to a place (ID or name); ends a ride it was on.</summary>
    public LinkConditions Attach(string terminalId, string placeId)
    {
        if (string.IsNullOrWhiteSpace(terminalId))
        {
            throw Errors.Invalid(Errors.Required("terminal_id"));
        }

        lock (_gate)
        {
            return _mobility.Attach(terminalId, RequirePlace(placeId, "place_id"));
        }
    }

    public void Detach(string terminalId) => _mobility.Detach(terminalId);

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

    public ChannelReader<LinkConditions> Watch(string terminalId, out Action unsubscribe) => _watches.Watch(terminalId, out unsubscribe);

    /// <summary>Adds a terminal to a WatchTerminals stream: its current conditions first, then each change.</summary>
    public void Watch(string terminalId, NetworkWatchMux mux) => _watches.Watch(terminalId, mux);

    public void Unwatch(string terminalId, NetworkWatchMux mux) => _watches.Unwatch(terminalId, mux);

    /// <summary>The network operations feed of this namespace from now on: site outages and restorations, terminals losing and regaining service.</summary>
    public ChannelReader<NetworkStatusEvent> WatchStatus(out Action unsubscribe) => _watches.WatchStatus(out unsubscribe);

    // The timers of the fault book and of reselection are armed by collaborators built before the ones they call back.
    private void FaultExpired(string faultId) => _faultControl.Clear(faultId, expired: true);

    private void ReselectionDone(TerminalAttachment terminal) => _mobility.ReselectionDone(terminal);

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
}
