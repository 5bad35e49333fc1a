namespace EsnHarness.Reporting;

/// <summary>
/// One measured quantity attached by a step as <c>application/vnd.esn.evidence+json</c>
/// (see the evidence attachment contract in the brief).
/// </summary>
/// <param name="Metric">What was measured, e.g. "KPI1 access time".</param>
/// <param name="Unit">Unit of the samples, value and limit, e.g. "ms".</param>
/// <param name="Percentile">The percentile the requirement names; null for single-value metrics.</param>
/// <param name="Limit">The acceptance limit, if any.</param>
/// <param name="Comparison">How value compares to limit to pass: "&lt;", "&lt;=", "&gt;", "&gt;=".</param>
/// <param name="Value">The measured percentile or figure.</param>
/// <param name="Verdict">"pass" or "fail" as the step decided it.</param>
/// <param name="Samples">Every sample, in measurement order.</param>
/// <param name="Count">The number of samples the step took (may exceed Samples.Count if it trimmed them).</param>
/// <param name="Source">Where the limit comes from.</param>
public sealed record Evidence(
    string Metric,
    string Unit,
    double? Percentile,
    double? Limit,
    string? Comparison,
    double? Value,
    string Verdict,
    IReadOnlyList<double> Samples,
    int Count,
    string? Source)
{
    /// <summary>The evidence attachment media type.</summary>
    public const string MediaType = "application/vnd.esn.evidence+json";

    /// <summary>True when the step's verdict was pass.</summary>
    public bool Passed => string.Equals(Verdict, "pass", StringComparison.OrdinalIgnoreCase);
}
