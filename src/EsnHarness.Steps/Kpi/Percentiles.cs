namespace EsnHarness.Steps.Kpi;

/// <summary>Percentiles as the requirements mean them.</summary>
public static class Percentiles
{
    /// <summary>
    /// The nearest-rank percentile: the smallest sample such that at least <paramref name="percentile"/> % of the samples
    /// are at or below it. "95 % of requests below 300 ms" holds exactly when this value for 95 is below 300.
    /// </summary>
    /// <exception cref="ArgumentException">No samples, or a percentile outside (0, 100].</exception>
    public static double NearestRank(IReadOnlyCollection<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            throw new ArgumentException("No samples were recorded, so no percentile can be computed.", nameof(samples));
        }

        if (percentile is <= 0 or > 100)
        {
            throw new ArgumentException($"Percentile {percentile} is outside (0, 100].", nameof(percentile));
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }
}
