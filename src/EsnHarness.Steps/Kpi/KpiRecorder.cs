using System.Collections.Concurrent;
using EsnHarness.Bdd;

namespace EsnHarness.Steps.Kpi;

/// <summary>
/// Scenario-scoped: keeps every sample a measuring step records, then judges a requirement's limit, attaches the
/// evidence JSON to the scenario and fails with "p95 = X ms, limit Y ms" when the limit is breached.
/// </summary>
public sealed class KpiRecorder(ScenarioContext scenario, IOutputHelper output)
{
    private readonly ConcurrentDictionary<Metric, List<double>> _samples = new();
    private readonly ConcurrentDictionary<Metric, (int Attempts, int Successes)> _outcomes = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly ConcurrentDictionary<string, MeasureNote> _notes = new(StringComparer.Ordinal);

    /// <summary>How many failed attempts are described one by one in the scenario's output; the rest are counted.</summary>
    private const int DescribedFailures = 5;

    /// <summary>Records one sample of <paramref name="metric"/>.</summary>
    public void Record(Metric metric, double value)
    {
        var list = _samples.GetOrAdd(metric, _ => []);
        lock (list)
        {
            list.Add(value);
        }
    }

    /// <summary>Records one attempt of a success-ratio metric.</summary>
    public void RecordOutcome(Metric metric, bool success) =>
        _outcomes.AddOrUpdate(metric, _ => (1, success ? 1 : 0), (_, o) => (o.Attempts + 1, o.Successes + (success ? 1 : 0)));

    /// <summary>
    /// Records a failed attempt of a success-ratio metric with its reason, so a tester sees why: the first few reasons
    /// go to the scenario's output as they happen, and every judgement that comes short of samples names them.
    /// </summary>
    public void RecordFailure(Metric metric, string reason)
    {
        RecordOutcome(metric, false);
        _failures.Enqueue(reason);
        if (_failures.Count <= DescribedFailures)
        {
            output.WriteLine($"{metric.Label}: attempt failed: {reason}");
        }
    }

    /// <summary>Says what <paramref name="metric"/>'s samples measure; its evidence carries the note from now on (the last one given wins).</summary>
    public void Explain(Metric metric, MeasureNote note) => _notes[metric.Label] = note;

    /// <summary>The samples recorded so far.</summary>
    public IReadOnlyList<double> Samples(Metric metric)
    {
        if (!_samples.TryGetValue(metric, out var list))
        {
            return [];
        }

        lock (list)
        {
            return list.ToArray();
        }
    }

    /// <summary>Judges "the Pth percentile of metric is below limit over at least minCount attempts"; attaches evidence; throws if breached.</summary>
    public Evidence AssertPercentileBelow(Metric metric, double percentile, double limit, int minCount)
    {
        var samples = Samples(metric);
        if (samples.Count < minCount)
        {
            throw new KpiBreachException($"{metric.Label}: only {Plural.Of(samples.Count, "sample")} {(samples.Count == 1 ? "was" : "were")} measured, the requirement needs at least {minCount}.{FailuresSummary()}");
        }

        return AttachAndJudge(KpiEvaluator.Percentile(metric, samples, percentile, limit, Source));
    }

    /// <summary>Judges a single measured value (e.g. an alert's delivery time) against a limit; attaches evidence; throws if breached.</summary>
    public Evidence AssertValue(Metric metric, double value, double limit, Comparison comparison) =>
        AttachAndJudge(KpiEvaluator.Single(metric, value, limit, comparison, Source));

    /// <summary>Judges a success ratio in percent over at least <paramref name="minCount"/> attempts; attaches evidence; throws if breached.</summary>
    public Evidence AssertSuccessRatio(Metric metric, double minPercent, int minCount, string? source = null)
    {
        var (attempts, successes) = _outcomes.GetValueOrDefault(metric);
        if (attempts < minCount)
        {
            throw new KpiBreachException($"{metric.Label}: only {attempts} attempts were made, the requirement needs at least {minCount}.");
        }

        var ratio = 100.0 * successes / attempts;
        var evidence = KpiEvaluator.Single(metric, ratio, minPercent, Comparison.AtLeast, source ?? Source, []) with { Count = attempts };
        return evidence.Passed ? AttachAndJudge(evidence) : AttachAndJudge(evidence, FailuresSummary());
    }

    private string FailuresSummary() => _failures.IsEmpty
        ? ""
        : $" {Plural.Of(_failures.Count, "attempt")} failed, first: {_failures.First()}";

    private string? Source => KpiEvaluator.SourceFromTags(scenario.Tags);

    private Evidence AttachAndJudge(Evidence evidence, string detail = "")
    {
        if (_notes.TryGetValue(evidence.Metric, out var note))
        {
            evidence = evidence with { Measure = note.Measure, Components = note.Components, Quality = note.Quality };
        }

        output.Attach(evidence.ToJson(), Evidence.MediaType, $"{evidence.Metric}.json");
        output.WriteLine(KpiEvaluator.Describe(evidence));
        return evidence.Passed ? evidence : throw new KpiBreachException(KpiEvaluator.Describe(evidence) + detail);
    }
}
