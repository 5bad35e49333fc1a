namespace EsnHarness.Benchmarks.Simulators;

/// <summary>Percentiles and figures as the benchmarks print them.</summary>
internal static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> samples, double percentile)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public static bool Quick(string[] args) => args.Contains("--quick", StringComparer.OrdinalIgnoreCase);

    public static string Verdict(bool ok) => ok ? "meets goal" : "MISSES goal";
}
