using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped driver of the radio network model: London places, congestion and faults.</summary>
public sealed class NetworkDriver(EsnSession session, IOutputHelper output)
{
    private readonly NetworkService.NetworkServiceClient _client = new(session.Invoker(EsnRole.Network));
    private readonly ConcurrentDictionary<string, Place> _places = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The network model's place for a name as written in a feature: its ID, the name to type or an alias (any case), as
    /// the model's GetPlace resolves it. A place the model does not know is an error naming the closest names, never a
    /// place added on the fly: a measurement on a link the model does not define is not evidence.
    /// </summary>
    public async Task<PlaceInfo> ResolveAsync(PlaceName name) => ToInfo(await PlaceAsync(name));

    /// <summary>The ESN Air place nearest to <paramref name="over"/> (the airspace an aircraft over it is in).</summary>
    public async Task<PlaceName> AirPlaceOverAsync(PlaceName over)
    {
        var ground = (await PlaceAsync(over)).Location ?? new GeoLocation();
        var air = (await _client.ListPlacesAsync(new ListPlacesRequest { Coverage = CoverageType.AirToGround })).Places
            .Where(p => p.Location is not null)
            .OrderBy(p => Geo.DistanceMetres(new Position(ground.LatitudeDeg, ground.LongitudeDeg, 0), new Position(p.Location.LatitudeDeg, p.Location.LongitudeDeg, 0)))
            .FirstOrDefault() ?? throw new ArgumentException("The network model has no air-to-ground (ESN Air) place.");
        _places[air.Name] = air;
        output.WriteLine($"Over {over} an aircraft is in the network model's airspace \"{air.Name}\" ({air.PlaceId}).");
        return new PlaceName(air.Name);
    }

    /// <summary>Sets an airborne terminal's altitude above ground; ESN Air's link depends on it.</summary>
    public async Task SetAltitudeAsync(string terminalId, int feet) =>
        await _client.SetAltitudeAsync(new SetAltitudeRequest { TerminalId = terminalId, AltitudeFt = feet });

    /// <summary>
    /// Puts a terminal on a moving train: it boards at <paramref name="from"/> and the network model moves it along the
    /// line to <paramref name="to"/>, handing over between station and tunnel cells after each <paramref name="run"/>
    /// (tunnel section) and <paramref name="dwell"/> (station). Returns the places in order with when it gets there.
    /// </summary>
    public async Task<IReadOnlyList<(string PlaceId, string CellId, DateTimeOffset At)>> RideAsync(string terminalId, string lineId, PlaceName from, PlaceName to, TimeSpan run, TimeSpan dwell)
    {
        var ride = await _client.RideLineAsync(new RideLineRequest
        {
            TerminalId = terminalId,
            LineId = lineId,
            FromPlaceId = (await ResolveAsync(from)).PlaceId,
            ToPlaceId = (await ResolveAsync(to)).PlaceId,
            RunMs = (uint)run.TotalMilliseconds,
            DwellMs = (uint)dwell.TotalMilliseconds,
        });
        return [.. ride.Legs.Select(l => (l.PlaceId, l.CellId, l.At.ToDateTimeOffset()))];
    }

    /// <summary>Loads the cell serving <paramref name="place"/> with public traffic at <paramref name="percent"/> % of capacity.</summary>
    public async Task<CongestionInfo> CongestAsync(PlaceName place, double percent)
    {
        var info = await ResolveAsync(place);
        // The responders' own mission-critical traffic is offered too (a tenth of the cell), as at a real crowd event.
        var report = await _client.SetCongestionAsync(new SetCongestionRequest { CellId = info.CellId, PublicLoad = percent / 100.0, McLoad = 0.1 });
        return new CongestionInfo(report.PublicOffered, report.PublicCarried, report.PublicPreempted, report.McAdmitted);
    }

    /// <summary>The representative position of a place.</summary>
    public async Task<Position> LocationOfAsync(PlaceName name)
    {
        var l = (await PlaceAsync(name)).Location;
        return new Position(l?.LatitudeDeg ?? 0, l?.LongitudeDeg ?? 0, l?.AltitudeM ?? 0);
    }

    /// <summary>Takes down the site serving <paramref name="place"/>.</summary>
    public Task<string> FailSiteAsync(PlaceName place) => InjectAtSiteAsync(place, FaultKind.SiteOutage, null);

    /// <summary>Cuts the backhaul of the site serving <paramref name="place"/>: its terminals lose service, with no neighbour to
    /// reselect to (a control room's site cut off from ESN).</summary>
    public Task<string> CutOffSiteAsync(PlaceName place) => InjectAtSiteAsync(place, FaultKind.PartitionSite, null);

    /// <summary>Adds latency at the site serving <paramref name="place"/>.</summary>
    public Task<string> AddLatencyAsync(PlaceName place, double ms) => InjectAtSiteAsync(place, FaultKind.AddedLatency, new LinkProfile { LatencyMs = ms });

    /// <summary>Adds packet loss at the site serving <paramref name="place"/>.</summary>
    public Task<string> AddSiteLossAsync(PlaceName place, double percent) =>
        InjectAtSiteAsync(place, FaultKind.PacketLoss, new LinkProfile { LossRatio = percent / 100.0 });

    /// <summary>Adds packet loss on one terminal's radio link.</summary>
    public Task<string> AddTerminalLossAsync(string terminalId, double percent) =>
        InjectAsync(new Fault { Kind = FaultKind.PacketLoss, Target = terminalId, Impairment = new LinkProfile { LossRatio = percent / 100.0 } });

    /// <summary>Cuts one terminal off from the core; returns the fault ID.</summary>
    public Task<string> PartitionAsync(string terminalId) => InjectAsync(new Fault { Kind = FaultKind.PartitionTerminal, Target = terminalId });

    /// <summary>Fails the core over for <paramref name="duration"/>.</summary>
    public Task<string> FailOverCoreAsync(TimeSpan duration) =>
        InjectAsync(new Fault { Kind = FaultKind.CoreFailover, Target = "*", DurationMs = (uint)duration.TotalMilliseconds });

    /// <summary>
    /// Puts every fault aimed at one terminal (loss, added latency, partition) on another too, with its altitude and
    /// bearer priority: a copy in a parallel lane sees the same link.
    /// </summary>
    public async Task CopyTerminalFaultsAsync(string fromTerminal, string toTerminal)
    {
        var link = await _client.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = fromTerminal });
        if (link.AltitudeFt > 0)
        {
            await _client.SetAltitudeAsync(new SetAltitudeRequest { TerminalId = toTerminal, AltitudeFt = link.AltitudeFt });
        }

        if (link.ArpPriorityLevel > 0)
        {
            await _client.SetBearerPriorityAsync(new SetBearerPriorityRequest { TerminalId = toTerminal, ArpPriorityLevel = link.ArpPriorityLevel });
        }

        var faults = await _client.ListFaultsAsync(new ListFaultsRequest());
        foreach (var fault in faults.Faults.Where(f => f.Target == fromTerminal))
        {
            var copy = fault.Clone();
            copy.FaultId = "";
            copy.Target = toTerminal;
            copy.StartedAt = null;
            await InjectAsync(copy);
        }
    }

    /// <summary>Clears a fault.</summary>
    public async Task ClearAsync(string faultId) => await _client.ClearFaultAsync(new ClearFaultRequest { FaultId = faultId });

    /// <summary>The link of a terminal as the network model sees it.</summary>
    public async Task<LinkInfo> LinkAsync(string terminalId)
    {
        var link = await _client.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = terminalId });
        return new LinkInfo(link.PlaceId, ContractWords.ToCoverage(link.Coverage), link.InService, link.McBearersAdmitted, link.Reason, link.OnNeighbour,
            [.. link.Bearers.Select(b => new BearerInfo(b.BearerClass.ToString(), b.Qci, b.Arp?.PriorityLevel ?? 0, b.State.ToString(),
                b.BearerClass == BearerClass.McVoice, b.State == BearerState.Admitted))]);
    }

    private async Task<string> InjectAtSiteAsync(PlaceName place, FaultKind kind, LinkProfile? impairment)
    {
        var info = await ResolveAsync(place);
        return await InjectAsync(new Fault { Kind = kind, Target = info.SiteId, Impairment = impairment });
    }

    private async Task<string> InjectAsync(Fault fault)
    {
        try
        {
            return (await _client.InjectFaultAsync(new InjectFaultRequest { Fault = fault })).FaultId;
        }
        catch (RpcException e)
        {
            throw new InvalidOperationException($"The network model refused the {fault.Kind} fault on '{fault.Target}': {e.Status.Detail}", e);
        }
    }

    private async Task<Place> PlaceAsync(PlaceName name)
    {
        if (_places.TryGetValue(name.Value, out var cached))
        {
            return cached;
        }

        try
        {
            var place = await _client.GetPlaceAsync(new GetPlaceRequest { PlaceId = name.Value });
            _places[name.Value] = place;
            return place;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            throw new ArgumentException($"The network model knows no place {name}: {e.Status.Detail}", e);
        }
    }

    private static PlaceInfo ToInfo(Place p) =>
        new(p.PlaceId, p.Name, ContractWords.ToCoverage(p.Coverage), p.CellId, p.SiteId, p.Location?.AltitudeM ?? 0, p.Kind == PlaceKind.Test, p.Link?.LatencyMs ?? 0);
}
