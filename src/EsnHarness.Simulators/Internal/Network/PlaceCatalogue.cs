using System.Text.Json;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>Places, cells and sites loaded from a places file; read-only once loaded.</summary>
internal sealed class PlaceCatalogue
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Default time a terminal takes to camp on a neighbour cell when its site fails (London assumption).</summary>
    public const uint DefaultReselectionMs = 2000;

    private PlaceCatalogue(IReadOnlyDictionary<string, Place> places, IReadOnlyDictionary<string, Cell> cells, uint reselectionMs)
    {
        Places = places;
        Cells = cells;
        ReselectionMs = reselectionMs;
    }

    /// <summary>Time a terminal takes to camp on a neighbour cell when its serving site fails, unless its place says otherwise.</summary>
    public uint ReselectionMs { get; }

    public IReadOnlyDictionary<string, Place> Places { get; }

    public IReadOnlyDictionary<string, Cell> Cells { get; }

    /// <summary>Loads <paramref name="path"/>, or the built-in London places when null.</summary>
    /// <exception cref="SimulatorConfigurationException">The file is missing or wrong; the message names file and field.</exception>
    public static PlaceCatalogue Load(string? path)
    {
        var source = path ?? "built-in london-places.json";
        try
        {
            using var stream = path is null
                ? typeof(PlaceCatalogue).Assembly.GetManifestResourceStream("EsnHarness.Simulators.Places.london-places.json")!
                : File.OpenRead(path);
            var file = JsonSerializer.Deserialize<PlacesFile>(stream, Json)
                ?? throw new SimulatorConfigurationException($"{source}: the file is empty");
            return Build(file, source);
        }
        catch (JsonException e)
        {
            throw new SimulatorConfigurationException($"{source}: line {e.LineNumber + 1}: {e.Message.Split(". ")[0]}", e);
        }
        catch (IOException e)
        {
            throw new SimulatorConfigurationException($"{source}: cannot read the places file: {e.Message}", e);
        }
    }

    private static PlaceCatalogue Build(PlacesFile file, string source)
    {
        var profiles = new Dictionary<CoverageType, LinkProfile>();
        foreach (var (name, link) in file.CoverageTypes ?? [])
        {
            profiles[CoverageNames.Parse(name, $"{source}: coverageTypes.{name}")] = ToProfile(link, $"{source}: coverageTypes.{name}");
        }

        var cells = new Dictionary<string, Cell>(StringComparer.Ordinal);
        foreach (var site in file.Sites ?? [])
        {
            Require(site.SiteId, $"{source}: sites[].siteId");
            foreach (var c in site.Cells ?? [])
            {
                Require(c.CellId, $"{source}: sites['{site.SiteId}'].cells[].cellId");
                cells[c.CellId] = new Cell { CellId = c.CellId, SiteId = site.SiteId, CapacityUnits = c.CapacityUnits == 0 ? 100 : c.CapacityUnits };
            }
        }

        var places = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var p in file.Places ?? [])
        {
            var where = $"{source}: places['{p.PlaceId}']";
            Require(p.PlaceId, $"{source}: places[].placeId");
            var coverage = CoverageNames.Parse(p.Coverage, $"{where}.coverage");
            var cellId = p.CellId ?? "";
            if (cellId.Length > 0 && !cells.ContainsKey(cellId))
            {
                throw new SimulatorConfigurationException($"{where}.cellId: cell '{cellId}' is not defined under sites");
            }

            var link = p.Link is null ? profiles.GetValueOrDefault(coverage) ?? new LinkProfile() : ToProfile(p.Link, $"{where}.link");
            places[p.PlaceId] = new Place
            {
                PlaceId = p.PlaceId,
                Name = p.Name ?? p.PlaceId,
                Coverage = coverage,
                CellId = cellId,
                SiteId = cellId.Length > 0 ? cells[cellId].SiteId : "",
                Location = new GeoLocation { LatitudeDeg = p.Latitude, LongitudeDeg = p.Longitude, AltitudeM = p.AltitudeM, AccuracyM = 10 },
                Link = link,
                Notes = p.Notes ?? "",
                ReselectionMs = p.ReselectionMs ?? 0,
            };
            places[p.PlaceId].NeighbourCellIds.AddRange(Neighbours(p.NeighbourCells, cellId, cells, $"{where}.neighbourCells"));
            if (cellId.Length > 0)
            {
                cells[cellId].PlaceIds.Add(p.PlaceId);
            }
        }

        return new PlaceCatalogue(places, cells, file.ReselectionMs ?? DefaultReselectionMs);
    }

    /// <summary>Neighbour cells must exist and belong to another site than the place's own cell (a site outage takes all its cells).</summary>
    internal static IEnumerable<string> Neighbours(IEnumerable<string>? neighbours, string cellId, IReadOnlyDictionary<string, Cell> cells, string where)
    {
        foreach (var n in neighbours ?? [])
        {
            if (!cells.TryGetValue(n, out var cell))
            {
                throw new SimulatorConfigurationException($"{where}: cell '{n}' is not defined under sites");
            }

            if (cellId.Length > 0 && cell.SiteId == cells[cellId].SiteId)
            {
                throw new SimulatorConfigurationException($"{where}: cell '{n}' is on the place's own site '{cell.SiteId}'; a neighbour must be on another site");
            }

            yield return n;
        }
    }

    private static LinkProfile ToProfile(LinkFile link, string where)
    {
        if (link.LatencyMs < 0 || link.JitterMs < 0 || link.LossRatio is < 0 or > 1 || link.DuplicateRatio is < 0 or > 1)
        {
            throw new SimulatorConfigurationException($"{where}: latencyMs and jitterMs must be >= 0, lossRatio and duplicateRatio 0..1");
        }

        return new LinkProfile { LatencyMs = link.LatencyMs, JitterMs = link.JitterMs, LossRatio = link.LossRatio, DuplicateRatio = link.DuplicateRatio };
    }

    private static void Require(string? value, string where)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SimulatorConfigurationException($"{where}: is required");
        }
    }
}
