using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>Validates and builds the places of a places file with their own cells; names and aliases are unique.</summary>
internal sealed class PlaceBuilder(string source, IReadOnlyDictionary<string, Site> sites, IReadOnlyDictionary<CoverageType, LinkProfile> coverage)
{
    private const uint DefaultCapacityUnits = 100;
    private readonly Dictionary<string, Place> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cell> _cells = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cellOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);

    public (Dictionary<string, Place> Places, Dictionary<string, Cell> Cells) Build(List<PlaceFile> files)
    {
        var pending = new List<(PlaceFile File, Place Place, string Where)>();
        foreach (var (i, p) in files.Index())
        {
            var where = $"{source}: places[{i}]";
            if (string.IsNullOrWhiteSpace(p.PlaceId))
            {
                throw new SimulatorConfigurationException($"{where}.placeId: is required");
            }

            where += $" (\"{p.Name ?? p.PlaceId}\")";
            var place = BuildPlace(p, where);
            _places[place.PlaceId] = place;
            pending.Add((p, place, where));
        }

        // Neighbours may name cells of places further down the file.
        foreach (var (file, place, where) in pending)
        {
            foreach (var (j, c) in (file.Cells ?? []).Index())
            {
                _cells[c.CellId!].NeighbourCellIds.AddRange(Neighbours(c.Neighbours, c.CellId!, $"{where}.cells[{j}]"));
            }

            var own = place.CellIds.Skip(1);
            var neighbours = file.NeighbourCells is { } overrides
                ? Neighbours(overrides, place.CellId, $"{where}.neighbourCells").ToList()
                : place.CellId.Length > 0 ? [.. _cells[place.CellId].NeighbourCellIds] : [];
            place.NeighbourCellIds.AddRange(own.Concat(neighbours));
        }

        return (_places, _cells);
    }

    private Place BuildPlace(PlaceFile p, string where)
    {
        if (_places.ContainsKey(p.PlaceId!))
        {
            throw new SimulatorConfigurationException($"{where}.placeId: '{p.PlaceId}' is defined twice");
        }

        if (string.IsNullOrWhiteSpace(p.Name))
        {
            throw new SimulatorConfigurationException($"{where}.name: is required (the name a requirement owner types, e.g. \"Soho fire station\")");
        }

        var kind = CoverageNames.PlaceKinds.Parse(p.Kind ?? "street", $"{where}.kind");
        if (kind != PlaceKind.Test && string.IsNullOrWhiteSpace(p.Borough))
        {
            throw new SimulatorConfigurationException($"{where}.borough: is required (a London borough or \"City of London\")");
        }

        var type = CoverageNames.Parse(p.Coverage, $"{where}.coverage");
        var location = CatalogueBuilder.Position(p.Latitude, p.Longitude, p.AltitudeM, where);
        var place = new Place
        {
            PlaceId = p.PlaceId,
            Name = p.Name.Trim(),
            Kind = kind,
            Borough = p.Borough ?? "",
            Coverage = type,
            Location = location,
            Grid = OsGrid.FromWgs84(location.LatitudeDeg, location.LongitudeDeg),
            Link = p.Link is null ? coverage.GetValueOrDefault(type)?.Clone() ?? new LinkProfile() : CatalogueBuilder.ToProfile(p.Link, $"{where}.link"),
            Description = p.Description ?? "",
            Source = p.Source ?? "",
            Notes = p.Notes ?? "",
            ReselectionMs = p.ReselectionMs ?? 0,
        };
        Name(p.PlaceId!, place, $"{where}.placeId");
        Name(place.Name, place, $"{where}.name");
        foreach (var (j, alias) in (p.Aliases ?? []).Index())
        {
            Name(alias, place, $"{where}.aliases[{j}]");
            place.Aliases.Add(alias.Trim());
        }

        var cells = p.Cells ?? [];
        if (type != CoverageType.NoCoverage && cells.Count == 0)
        {
            throw new SimulatorConfigurationException($"{where}.cells: a place with {CoverageNames.Coverage.NameOf(type)} coverage needs its own cell");
        }

        foreach (var (j, c) in cells.Index())
        {
            place.CellIds.Add(AddCell(c, place, $"{where}.cells[{j}]"));
        }

        place.CellId = place.CellIds.FirstOrDefault() ?? "";
        place.SiteId = place.CellId.Length > 0 ? _cells[place.CellId].SiteId : "";
        return place;
    }

    private string AddCell(CellFile c, Place place, string where)
    {
        if (string.IsNullOrWhiteSpace(c.CellId))
        {
            throw new SimulatorConfigurationException($"{where}.cellId: is required");
        }

        if (_cellOwner.TryGetValue(c.CellId, out var owner))
        {
            throw new SimulatorConfigurationException($"{where}.cellId: '{c.CellId}' is already a cell of place '{owner}'; every place has its own cells");
        }

        if (c.SiteId is null || !sites.TryGetValue(c.SiteId, out var site))
        {
            throw new SimulatorConfigurationException($"{where}.siteId: '{c.SiteId}' is not a site under sites");
        }

        if (c.CapacityUnits == 0)
        {
            throw new SimulatorConfigurationException($"{where}.capacityUnits: must be > 0");
        }

        var cell = new Cell
        {
            CellId = c.CellId,
            SiteId = c.SiteId,
            CapacityUnits = c.CapacityUnits ?? DefaultCapacityUnits,
            Sector = c.Sector ?? 1,
            AzimuthDeg = c.AzimuthDeg ?? 0,
        };
        cell.PlaceIds.Add(place.PlaceId);
        site.CellIds.Add(cell.CellId);
        _cells[cell.CellId] = cell;
        _cellOwner[cell.CellId] = place.PlaceId;
        return cell.CellId;
    }

    private void Name(string name, Place place, string where)
    {
        var key = name.Trim();
        if (key.Length == 0)
        {
            throw new SimulatorConfigurationException($"{where}: is empty");
        }

        if (_names.TryGetValue(key, out var other) && other != place.PlaceId)
        {
            throw new SimulatorConfigurationException($"{where}: '{key}' already names place '{other}'; names, aliases and IDs must be unique");
        }

        _names[key] = place.PlaceId;
    }

    /// <summary>Neighbour cells must exist and be on another site than <paramref name="cellId"/>'s (a site outage takes all its cells).</summary>
    private IEnumerable<string> Neighbours(IEnumerable<string>? neighbours, string cellId, string where)
    {
        foreach (var n in neighbours ?? [])
        {
            if (!_cells.TryGetValue(n, out var cell))
            {
                throw new SimulatorConfigurationException($"{where}: neighbour '{n}' is not a cell");
            }

            if (cellId.Length > 0 && cell.SiteId == _cells[cellId].SiteId)
            {
                throw new SimulatorConfigurationException($"{where}: neighbour '{n}' is on the same site '{cell.SiteId}'; a neighbour must be on another site");
            }

            yield return n;
        }
    }
}
