using System.Collections.Concurrent;
using System.Text.Json;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>Places, cells, sites and lines loaded from a places file, with their QoS and ESN Air settings; read-only once loaded.</summary>
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

    internal PlaceCatalogue(CatalogueParts parts)
    {
        Places = parts.Places;
        Cells = parts.Cells;
        Sites = parts.Sites;
        Lines = parts.Lines;
        Coverage = parts.Coverage;
        Air = parts.Air;
        Qos = parts.Qos;
        ReselectionMs = parts.ReselectionMs;
        _names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var place in Places.Values)
        {
            foreach (var name in NamesOf(place))
            {
                _names[name] = place.PlaceId;
            }
        }
    }

    private readonly Dictionary<string, string> _names;

    /// <summary>Each cell's position (see <see cref="CellPositions"/>), worked out once: the catalogue never changes.</summary>
    private readonly ConcurrentDictionary<string, GeoLocation?> _cellCentres = new(StringComparer.Ordinal);

    /// <summary>Time a terminal takes to camp on a neighbour cell when its serving site fails, unless its place says otherwise.</summary>
    public uint ReselectionMs { get; }

    public IReadOnlyDictionary<string, Place> Places { get; }

    /// <summary>Where <paramref name="cellId"/> is (null when unknown or placeless): one shared, read-only position per
    /// cell, as every terminal's link conditions carry it.</summary>
    public GeoLocation? CellCentre(string cellId) =>
        cellId.Length == 0 ? null : _cellCentres.GetOrAdd(cellId, static (id, catalogue) => CellPositions.Of(catalogue, id), this);

    public IReadOnlyDictionary<string, Cell> Cells { get; }

    public IReadOnlyDictionary<string, Site> Sites { get; }

    public IReadOnlyDictionary<string, Line> Lines { get; }

    /// <summary>The link profile of each coverage type.</summary>
    public IReadOnlyDictionary<CoverageType, LinkProfile> Coverage { get; }

    public AirModel Air { get; }

    public QosSettings Qos { get; }

    /// <summary>The place ID a name, alias or ID (any case) stands for, or null.</summary>
    public string? Find(string text) => _names.GetValueOrDefault(text.Trim());

    /// <summary>The ID, name and aliases a feature may type for <paramref name="place"/>.</summary>
    public static IEnumerable<string> NamesOf(Place place) => new[] { place.PlaceId, place.Name }.Concat(place.Aliases).Where(n => n.Length > 0);

    /// <summary>Loads <paramref name="path"/>, or the built-in London places when null.</summary>
    /// <exception cref="SimulatorConfigurationException">The file is missing or wrong; the message names file, entry and field.</exception>
    public static PlaceCatalogue Load(string? path)
    {
        var source = path ?? "london-places.json (built in)";
        try
        {
            using var stream = path is null
                ? typeof(PlaceCatalogue).Assembly.GetManifestResourceStream("EsnHarness.Simulators.Places.london-places.json")!
                : File.OpenRead(path);
            var file = JsonSerializer.Deserialize<PlacesFile>(stream, Json)
                ?? throw new SimulatorConfigurationException($"{source}: the file is empty");
            return new PlaceCatalogue(new CatalogueBuilder(source).Build(file));
        }
        catch (JsonException e)
        {
            throw new SimulatorConfigurationException($"{source}: line {e.LineNumber + 1}: {e.Message.Split(". ")[0]}", e);
        }
        catch (IOException e)
        {
            throw new SimulatorConfigurationException($"{source}: cannot read the places file: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new SimulatorConfigurationException($"{source}: cannot read the places file: {e.Message}", e);
        }
    }
}
