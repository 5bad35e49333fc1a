using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>The network model of one namespace: terminal attachments, place overrides, faults and congestion.</summary>
internal sealed partial class NetworkWorld(string ns, PlaceCatalogue catalogue, TimeProvider time, WorldScope scope) : IWorld
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Place> _placeOverrides = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TerminalAttachment> _terminals = new(StringComparer.Ordinal);

    public WorldScope Scope => scope;

    /// <summary>Stops the namespace's fault and reselection timers (its watch streams end through <see cref="WorldScope.Closing"/>).</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            foreach (var (_, expiry) in _faults.Values)
            {
                expiry?.Dispose();
            }

            _faults.Clear();
            foreach (var terminal in _terminals.Values)
            {
                terminal.ReselectionTimer?.Dispose();
            }

            foreach (var watcher in _statusWatchers)
            {
                watcher.Writer.TryComplete();
            }
        }

        return ValueTask.CompletedTask;
    }

    public IReadOnlyList<Place> ListPlaces(CoverageType coverage)
    {
        lock (_gate)
        {
            return AllPlaces().Where(p => coverage == CoverageType.Unspecified || p.Coverage == coverage)
                .OrderBy(p => p.PlaceId, StringComparer.Ordinal).Select(p => p.Clone()).ToList();
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
        if (place is null || string.IsNullOrWhiteSpace(place.PlaceId))
        {
            throw Errors.Invalid(Errors.Required("place.place_id"));
        }

        if (place.Coverage == CoverageType.Unspecified)
        {
            throw Errors.Invalid(Errors.Required("place.coverage"));
        }

        if (place.CellId.Length > 0 && !catalogue.Cells.ContainsKey(place.CellId))
        {
            throw Errors.NotFound($"place.cell_id '{place.CellId}' is not a known cell; see ListCells");
        }

        var link = place.Link ?? new LinkProfile();
        if (link.LatencyMs < 0 || link.JitterMs < 0 || link.LossRatio is < 0 or > 1 || link.DuplicateRatio is < 0 or > 1)
        {
            throw Errors.Invalid("place.link: latency_ms and jitter_ms must be >= 0, loss_ratio and duplicate_ratio 0..1");
        }

        foreach (var n in place.NeighbourCellIds)
        {
            if (!catalogue.Cells.TryGetValue(n, out var cell))
            {
                throw Errors.NotFound($"place.neighbour_cell_ids: '{n}' is not a known cell; see ListCells");
            }

            if (place.CellId.Length > 0 && cell.SiteId == catalogue.Cells[place.CellId].SiteId)
            {
                throw Errors.Invalid($"place.neighbour_cell_ids: '{n}' is on the place's own site '{cell.SiteId}'; a neighbour must be on another site");
            }
        }

        var stored = place.Clone();
        stored.Link = link;
        stored.SiteId = stored.CellId.Length > 0 ? catalogue.Cells[stored.CellId].SiteId : "";
        lock (_gate)
        {
            _placeOverrides[stored.PlaceId] = stored;
            RecomputeAllLocked();
        }

        return stored.Clone();
    }

    public IReadOnlyList<Cell> ListCells() =>
        catalogue.Cells.Values.OrderBy(c => c.CellId, StringComparer.Ordinal).Select(c => c.Clone()).ToList();

    public LinkConditions Attach(string terminalId, string placeId)
    {
        RequireId(terminalId, "terminal_id");
        lock (_gate)
        {
            RequirePlace(placeId, "place_id");
            if (!_terminals.TryGetValue(terminalId, out var terminal))
            {
                terminal = new TerminalAttachment(terminalId);
                _terminals[terminalId] = terminal;
            }

            terminal.PlaceId = placeId;
            UpdateLocked(terminal);
            return terminal.Current!.Clone();
        }
    }

    public void Detach(string terminalId)
    {
        lock (_gate)
        {
            var terminal = RequireTerminal(terminalId);
            _terminals.Remove(terminalId);
            terminal.CancelReselection();
            foreach (var w in terminal.Watchers)
            {
                w.Writer.TryComplete();
            }
        }
    }

    public LinkConditions GetLinkConditions(string terminalId)
    {
        lock (_gate)
        {
            return RequireTerminal(terminalId).Current!.Clone();
        }
    }

    public ChannelReader<LinkConditions> Watch(string terminalId, out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<LinkConditions>();
        lock (_gate)
        {
            var terminal = RequireTerminal(terminalId);
            terminal.Watchers.Add(channel);
            channel.Writer.TryWrite(terminal.Current!.Clone());
            unsubscribe = () =>
            {
                lock (_gate)
                {
                    terminal.Watchers.Remove(channel);
                }
            };
        }

        return channel.Reader;
    }

    /// <summary>Adds a terminal to a WatchTerminals stream: its current conditions first, then each change.</summary>
    public void Watch(string terminalId, NetworkWatchMux mux)
    {
        lock (_gate)
        {
            var terminal = RequireTerminal(terminalId);
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
            if (_terminals.TryGetValue(terminalId, out var terminal))
            {
                terminal.SharedWatchers.Remove(mux);
            }
        }
    }

    private IEnumerable<Place> AllPlaces() =>
        catalogue.Places.Values.Where(p => !_placeOverrides.ContainsKey(p.PlaceId)).Concat(_placeOverrides.Values);

    private Place RequirePlace(string placeId, string field)
    {
        RequireId(placeId, field);
        if (_placeOverrides.TryGetValue(placeId, out var place) || catalogue.Places.TryGetValue(placeId, out place))
        {
            return place;
        }

        throw Errors.NotFound($"{field} '{placeId}' is not a known place; see ListPlaces (the places file or PutPlace defines them)");
    }

    private TerminalAttachment RequireTerminal(string terminalId)
    {
        RequireId(terminalId, "terminal_id");
        return _terminals.TryGetValue(terminalId, out var t)
            ? t
            : throw Errors.NotFound($"terminal_id '{terminalId}' is not attached to the network in namespace '{ns}'");
    }

    private static void RequireId(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Errors.Invalid(Errors.Required(field));
        }
    }
}
