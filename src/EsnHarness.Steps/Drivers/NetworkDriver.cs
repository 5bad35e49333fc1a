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

    /// <summary>The network model's place for a name as written in a feature (matched by ID, name or name slug).</summary>
    public async Task<PlaceInfo> ResolveAsync(PlaceName name)
    {
        if (_places.TryGetValue(name.Value, out var cached))
        {
            return ToInfo(cached);
        }

        var slug = Slug(name.Value);
        var all = (await _client.ListPlacesAsync(new ListPlacesRequest())).Places;
        var place = all.FirstOrDefault(p => string.Equals(p.PlaceId, name.Value, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(p => string.Equals(p.Name, name.Value, StringComparison.OrdinalIgnoreCase))
            ?? all.FirstOrDefault(p => p.PlaceId == slug)
            ?? all.FirstOrDefault(p => p.PlaceId.StartsWith(slug + "-", StringComparison.Ordinal))
            ?? all.FirstOrDefault(p => p.Name.StartsWith(name.Value, StringComparison.OrdinalIgnoreCase));
        if (place is null)
        {
            var fallback = LondonPlaces.Lookup(name.Value, slug, all)
                ?? throw new ArgumentException($"The network model knows no place {name}; known places: {string.Join(", ", all.Select(p => p.Name))}.");
            place = await _client.PutPlaceAsync(new PutPlaceRequest { Place = fallback });
            output.WriteLine($"Place {name} is not in the network model's catalogue; added it to this scenario ({place.Notes}).");
        }

        _places[name.Value] = place;
        return ToInfo(place);
    }

    /// <summary>An ESN Air place at <paramref name="feet"/> over <paramref name="over"/>, served like the model's air-to-ground place; returns its name.</summary>
    public async Task<PlaceName> AirPlaceAsync(PlaceName over, int feet)
    {
        var ground = await LocationOfAsync(over);
        var all = (await _client.ListPlacesAsync(new ListPlacesRequest { Coverage = CoverageType.AirToGround })).Places;
        var template = all.FirstOrDefault() ?? throw new ArgumentException("The network model has no air-to-ground (ESN Air) place.");
        var place = template.Clone();
        place.PlaceId = $"air-{feet}ft-{Slug(over.Value)}";
        place.Name = $"ESN Air at {feet} ft over {over.Value}";
        place.Location = new GeoLocation { LatitudeDeg = ground.Latitude, LongitudeDeg = ground.Longitude, AltitudeM = feet * 0.3048, AccuracyM = 10 };
        var stored = await _client.PutPlaceAsync(new PutPlaceRequest { Place = place });
        _places[stored.Name] = stored;
        return new PlaceName(stored.Name);
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
        await ResolveAsync(name);
        var l = _places[name.Value].Location;
        return new Position(l?.LatitudeDeg ?? 0, l?.LongitudeDeg ?? 0, l?.AltitudeM ?? 0);
    }

    /// <summary>Takes down the site serving <paramref name="place"/>.</summary>
    public Task<string> FailSiteAsync(PlaceName place) => InjectAtSiteAsync(place, FaultKind.SiteOutage, null);

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

    /// <summary>Puts every fault aimed at one terminal (loss, added latency, partition) on another too: a copy in a parallel lane sees the same link.</summary>
    public async Task CopyTerminalFaultsAsync(string fromTerminal, string toTerminal)
    {
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
        return new LinkInfo(link.PlaceId, ContractWords.ToCoverage(link.Coverage), link.InService, link.McBearersAdmitted, link.Reason, link.OnNeighbour);
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

    private static PlaceInfo ToInfo(Place p) =>
        new(p.PlaceId, p.Name, ContractWords.ToCoverage(p.Coverage), p.CellId, p.SiteId, p.Location?.AltitudeM ?? 0);

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
