using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// The places of one namespace: the shared catalogue plus this namespace's PutPlace overrides. A place is found by ID,
/// name or alias (any case); an unknown one is NOT_FOUND naming it and the closest names to type, never a default.
/// Guarded by its world's lock.
/// </summary>
internal sealed class PlaceBook(PlaceCatalogue catalogue)
{
    private readonly Dictionary<string, Place> _overrides = new(StringComparer.Ordinal);

    public IEnumerable<Place> All =>
        catalogue.Places.Values.Where(p => !_overrides.ContainsKey(p.PlaceId)).Concat(_overrides.Values);

    public IReadOnlyList<Place> List(CoverageType coverage) =>
        All.Where(p => coverage == CoverageType.Unspecified || p.Coverage == coverage)
            .OrderBy(p => p.PlaceId, StringComparer.Ordinal).Select(p => p.Clone()).ToList();

    /// <summary>The place <paramref name="text"/> names (ID, name or alias).</summary>
    /// <exception cref="global::Grpc.Core.RpcException">INVALID_ARGUMENT when empty; NOT_FOUND naming it and the closest names otherwise.</exception>
    public Place Require(string text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Errors.Invalid(Errors.Required(field));
        }

        return Find(text) ?? throw Errors.NotFound(UnknownMessage(text, field));
    }

    public Place? Find(string text)
    {
        var key = text.Trim();
        if (_overrides.TryGetValue(key, out var own))
        {
            return own;
        }

        var named = _overrides.Values.FirstOrDefault(p => PlaceCatalogue.NamesOf(p).Contains(key, StringComparer.OrdinalIgnoreCase));
        return named ?? (catalogue.Find(key) is { } id ? _overrides.GetValueOrDefault(id) ?? catalogue.Places[id] : null);
    }

    /// <summary>"place_id 'Charing X' is not a known place; closest: ..." with every name to type listed by ListPlaces.</summary>
    public string UnknownMessage(string text, string field)
    {
        var names = All.Where(p => p.Kind != PlaceKind.Test).SelectMany(PlaceCatalogue.NamesOf).Where(n => n.Contains(' ', StringComparison.Ordinal) || char.IsUpper(n[0]));
        var closest = PlaceMatching.Closest(text, names);
        return $"{field} '{text}' is not a known place in the network model; closest names: {string.Join(", ", closest.Select(n => $"\"{n}\""))} "
            + $"(ListPlaces lists all {All.Count()}; add a place to the places file, or PutPlace for this namespace)";
    }

    public Place Put(Place? place)
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
        stored.Name = stored.Name.Length > 0 ? stored.Name : stored.PlaceId;
        stored.SiteId = stored.CellId.Length > 0 ? catalogue.Cells[stored.CellId].SiteId : "";
        stored.Location ??= new GeoLocation();
        stored.Grid = OsGrid.FromWgs84(stored.Location.LatitudeDeg, stored.Location.LongitudeDeg);
        if (stored.CellIds.Count == 0 && stored.CellId.Length > 0)
        {
            stored.CellIds.Add(stored.CellId);
        }

        _overrides[stored.PlaceId] = stored;
        return stored.Clone();
    }
}
