using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Network.Catalogue;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// Whether a site serves: a SITE_OUTAGE takes out that site's cells and no others. Two defects break the isolation: a
/// macro or in-building outage taking every such site out (one shared cell, as the model once had), a line head-end
/// outage taking every line's tunnels out, and a line head-end outage taking the platforms of its line's stations out.
/// </summary>
internal sealed class SiteStatus(PlaceCatalogue catalogue, FaultBook faults, DefectSet defects)
{
    /// <summary>The outage that takes <paramref name="siteId"/> out, or null when it serves.</summary>
    public Fault? OutageOf(string siteId)
    {
        if (siteId.Length == 0)
        {
            return null;
        }

        if (faults.OutageOf(siteId) is { } own)
        {
            return own;
        }

        // Every outage defect below spreads another site's outage: consulted only while some site is out.
        if (!faults.Active.Any(f => f.Kind == FaultKind.SiteOutage))
        {
            return null;
        }

        var kind = catalogue.Sites.TryGetValue(siteId, out var site) ? site.Kind : SiteKind.Unspecified;
        if (kind == SiteKind.StationHeadEnd && defects.Has(NetworkDefects.LineHeadEndTakesStations))
        {
            return LineHeadEndOutageOver(site!);
        }

        var sameFamily = kind switch
        {
            SiteKind.Macro or SiteKind.InBuilding when defects.Has(NetworkDefects.SiteOutageNotIsolated) => new[] { SiteKind.Macro, SiteKind.InBuilding },
            SiteKind.LineHeadEnd when defects.Has(NetworkDefects.HeadEndOutageAllLines) => [SiteKind.LineHeadEnd],
            _ => [],
        };
        return sameFamily.Length == 0
            ? null
            : faults.Active.FirstOrDefault(f => f.Kind == FaultKind.SiteOutage && catalogue.Sites.TryGetValue(f.Target, out var s) && sameFamily.Contains(s.Kind));
    }

    public bool IsOut(string siteId) => OutageOf(siteId) is not null;

    /// <summary>An outage of the head-end of a line that runs through a place the station site serves.</summary>
    private Fault? LineHeadEndOutageOver(Site station)
    {
        var served = catalogue.Cells.Values.Where(c => c.SiteId == station.SiteId).SelectMany(c => c.PlaceIds).ToHashSet(StringComparer.Ordinal);
        var heads = catalogue.Lines.Values.Where(l => l.PlaceIds.Any(served.Contains)).Select(l => l.HeadEndSiteId).ToHashSet(StringComparer.Ordinal);
        return faults.Active.FirstOrDefault(f => f.Kind == FaultKind.SiteOutage && heads.Contains(f.Target));
    }
}
