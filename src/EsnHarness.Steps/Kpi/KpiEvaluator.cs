using System.Globalization;
using EsnHarness.Bdd;

namespace EsnHarness.Steps.Kpi;

/// <summary>Turns samples and a limit into evidence with a verdict. Pure: no I/O.</summary>
public static class KpiEvaluator
{
    /// <summary>Evidence for "the <paramref name="percentile"/>th percentile of <paramref name="metric"/> is below <paramref name="limit"/>".</summary>
    public static Evidence Percentile(Metric metric, IReadOnlyList<double> samples, double percentile, double limit, string? source)
    {
        var value = Math.Round(Percentiles.NearestRank(samples, percentile), 3);
        return new Evidence(metric.Label, metric.Unit, percentile, limit, "<", value, value < limit ? "pass" : "fail",
            samples.Select(s => Math.Round(s, 3)).ToArray(), samples.Count, source);
    }

    /// <summary>Evidence for one measured value against a limit (percentile null).</summary>
    public static Evidence Single(Metric metric, double value, double limit, Comparison comparison, string? source, IReadOnlyList<double>? samples = null)
    {
        var passed = comparison == Comparison.Below ? value < limit : value >= limit;
        var list = samples ?? [Math.Round(value, 3)];
        return new Evidence(metric.Label, metric.Unit, null, limit, comparison == Comparison.Below ? "<" : ">=",
            Math.Round(value, 3), passed ? "pass" : "fail", list, list.Count, source);
    }

    /// <summary>The failure message a breached requirement shows, e.g. "KPI1 access time: p95 = 412.5 ms, limit 300 ms (100 samples)".</summary>
    public static string Describe(Evidence evidence)
    {
        var value = evidence.Value.ToString("0.###", CultureInfo.InvariantCulture);
        var limit = evidence.Limit.ToString("0.###", CultureInfo.InvariantCulture);
        var what = evidence.Percentile is { } p ? $"p{p.ToString("0.#", CultureInfo.InvariantCulture)}" : "value";
        return $"{evidence.Metric}: {what} = {value} {evidence.Unit}, limit {evidence.Comparison} {limit} {evidence.Unit} ({Plural.Of(evidence.Count, "sample")})";
    }

    /// <summary>The evidence source for a scenario's tags: "3GPP TS 22.179 R-6.15.3.2-012", "London assumption (configurable)", or null.</summary>
    public static string? SourceFromTags(IEnumerable<string> tags)
    {
        var list = tags.ToList();
        var threeGpp = list.FirstOrDefault(t => t.StartsWith("@3gpp-", StringComparison.OrdinalIgnoreCase));
        if (threeGpp is not null)
        {
            var rest = threeGpp["@3gpp-".Length..];
            var dash = rest.IndexOf('-', StringComparison.Ordinal);
            return dash < 0 ? $"3GPP TS {rest}" : $"3GPP TS {rest[..dash]} {rest[(dash + 1)..]}";
        }

        return list.Any(t => t.Equals("@london-assumption", StringComparison.OrdinalIgnoreCase))
            ? "London assumption (configurable)"
            : null;
    }
}
