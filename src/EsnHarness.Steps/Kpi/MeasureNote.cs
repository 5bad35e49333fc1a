namespace EsnHarness.Steps.Kpi;

/// <summary>What a metric's samples measure, attached to its evidence (see <see cref="Evidence.Measure"/>).</summary>
/// <param name="Measure">What each sample is, and what it includes.</param>
/// <param name="Components">The parts of a sample by name (mean, in the metric's unit); null when not broken down.</param>
/// <param name="Quality">Quality figures observed alongside; null when none.</param>
public sealed record MeasureNote(string Measure, IReadOnlyDictionary<string, double>? Components = null, IReadOnlyDictionary<string, double>? Quality = null);
