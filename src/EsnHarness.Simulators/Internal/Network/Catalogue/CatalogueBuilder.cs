using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>
/// Validates a places file and builds the catalogue. Every error is one line naming the file, the entry and the field,
/// e.g. <c>london-places.json: places[12] ("Bank station").cells[0]: neighbour 'CELL-X' is not a cell</c>.
/// </summary>
internal sealed class CatalogueBuilder(string source)
{
    public CatalogueParts Build(PlacesFile file)
    {
        var coverage = new Dictionary<CoverageType, LinkProfile>();
        foreach (var (name, link) in file.CoverageTypes ?? [])
        {
            var where = $"{source}: coverageTypes.{name}";
            coverage[CoverageNames.Parse(name, where)] = ToProfile(link, where);
        }

        var sites = BuildSites(file.Sites ?? []);
        var (places, cells) = new PlaceBuilder(source, sites, coverage).Build(file.Places ?? []);
        var lines = BuildLines(file.Lines ?? [], places, cells, sites);
        foreach (var (i, site) in (file.Sites ?? []).Index())
        {
            if (site.LineId is { Length: > 0 } line && !lines.ContainsKey(line))
            {
                throw new SimulatorConfigurationException($"{source}: sites[{i}] (\"{site.SiteId}\").lineId: '{line}' is not a line under lines");
            }
        }

        return new CatalogueParts(places, cells, sites, lines, coverage, AirModel.From(file.Air, $"{source}: air"),
            QosSettings.From(file.Qos, $"{source}: qos"), file.ReselectionMs ?? PlaceCatalogue.DefaultReselectionMs);
    }

    internal static LinkProfile ToProfile(LinkFile link, string where)
    {
        if (link.LatencyMs < 0 || link.JitterMs < 0 || link.LossRatio is < 0 or > 1 || link.DuplicateRatio is < 0 or > 1)
        {
            throw new SimulatorConfigurationException($"{where}: latencyMs and jitterMs must be >= 0, lossRatio and duplicateRatio 0..1");
        }

        return new LinkProfile { LatencyMs = link.LatencyMs, JitterMs = link.JitterMs, LossRatio = link.LossRatio, DuplicateRatio = link.DuplicateRatio };
    }

    internal static GeoLocation Position(double? latitude, double? longitude, double altitude, string where)
    {
        if (latitude is not { } lat || longitude is not { } lon)
        {
            throw new SimulatorConfigurationException($"{where}: latitude and longitude (WGS84 degrees) are required");
        }

        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            throw new SimulatorConfigurationException($"{where}: latitude {lat} or longitude {lon} is outside -90..90 / -180..180");
        }

        return new GeoLocation { LatitudeDeg = lat, LongitudeDeg = lon, AltitudeM = altitude, AccuracyM = altitude < 0 ? 150 : 10 };
    }

    private Dictionary<string, Site> BuildSites(List<SiteFile> files)
    {
        var sites = new Dictionary<string, Site>(StringComparer.Ordinal);
        foreach (var (i, s) in files.Index())
        {
            var where = $"{source}: sites[{i}]";
            if (string.IsNullOrWhiteSpace(s.SiteId))
            {
                throw new SimulatorConfigurationException($"{where}.siteId: is required");
            }

            where += $" (\"{s.SiteId}\")";
            if (sites.ContainsKey(s.SiteId))
            {
                throw new SimulatorConfigurationException($"{where}.siteId: '{s.SiteId}' is defined twice");
            }

            var kind = CoverageNames.SiteKinds.Parse(s.Kind ?? "macro", $"{where}.kind");
            if (kind == SiteKind.LineHeadEnd && string.IsNullOrWhiteSpace(s.LineId))
            {
                throw new SimulatorConfigurationException($"{where}.lineId: a line-head-end site names the line whose tunnel cells it feeds");
            }

            var location = Position(s.Latitude, s.Longitude, 0, where);
            sites[s.SiteId] = new Site
            {
                SiteId = s.SiteId,
                Name = s.Name ?? s.SiteId,
                Kind = kind,
                Location = location,
                Grid = OsGrid.FromWgs84(location.LatitudeDeg, location.LongitudeDeg),
                LineId = s.LineId ?? "",
                Source = s.Source ?? "",
            };
        }

        return sites;
    }

    private Dictionary<string, Line> BuildLines(List<LineFile> files, Dictionary<string, Place> places, Dictionary<string, Cell> cells, Dictionary<string, Site> sites)
    {
        var lines = new Dictionary<string, Line>(StringComparer.Ordinal);
        foreach (var (i, l) in files.Index())
        {
            var where = $"{source}: lines[{i}]";
            if (string.IsNullOrWhiteSpace(l.LineId))
            {
                throw new SimulatorConfigurationException($"{where}.lineId: is required");
            }

            where += $" (\"{l.LineId}\")";
            if (lines.ContainsKey(l.LineId))
            {
                throw new SimulatorConfigurationException($"{where}.lineId: '{l.LineId}' is defined twice");
            }

            if (l.HeadEndSiteId is null || !sites.TryGetValue(l.HeadEndSiteId, out var headEnd))
            {
                throw new SimulatorConfigurationException($"{where}.headEndSiteId: '{l.HeadEndSiteId}' is not a site");
            }

            if (headEnd.Kind != SiteKind.LineHeadEnd || headEnd.LineId != l.LineId)
            {
                throw new SimulatorConfigurationException($"{where}.headEndSiteId: site '{headEnd.SiteId}' is not a line-head-end site with lineId '{l.LineId}'");
            }

            var line = new Line
            {
                LineId = l.LineId,
                Name = l.Name ?? l.LineId,
                HeadEndSiteId = headEnd.SiteId,
                RunMs = l.RunMs is > 0 ? l.RunMs.Value : 60_000,
                DwellMs = l.DwellMs is > 0 ? l.DwellMs.Value : 30_000,
            };
            if ((l.Places ?? []).Count < 2)
            {
                throw new SimulatorConfigurationException($"{where}.places: a line needs at least two places in running order");
            }

            foreach (var (j, id) in (l.Places ?? []).Index())
            {
                if (!places.TryGetValue(id, out var place))
                {
                    throw new SimulatorConfigurationException($"{where}.places[{j}]: '{id}' is not a place");
                }

                if (place.Kind == PlaceKind.Tunnel && (place.SiteId != headEnd.SiteId))
                {
                    throw new SimulatorConfigurationException(
                        $"{where}.places[{j}] (\"{place.Name}\"): a tunnel section's cell must be fed by the line's head-end '{headEnd.SiteId}', not '{place.SiteId}'");
                }

                line.PlaceIds.Add(id);
                place.LineIds.Add(l.LineId);
            }

            lines[l.LineId] = line;
        }

        foreach (var cell in cells.Values)
        {
            cell.LineId = sites[cell.SiteId].LineId;
        }

        return lines;
    }
}
