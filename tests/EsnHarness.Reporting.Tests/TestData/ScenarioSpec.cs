namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>A generated scenario: name, tags, steps and whether the run executed it.</summary>
public sealed class ScenarioSpec(string name, IReadOnlyList<string> tags, string? rule)
{
    public string Name { get; } = name;
    public IReadOnlyList<string> Tags { get; } = tags;
    public string? Rule { get; } = rule;
    public List<StepSpec> Steps { get; } = [];
    public bool Executed { get; private set; } = true;
    public bool Selected { get; private set; } = true;
    public string Description { get; set; } = string.Empty;

    public ScenarioSpec Given(string text, ScenarioStatus status = ScenarioStatus.Passed, string? error = null) => Step("Given ", text, status, error);

    public ScenarioSpec When(string text, ScenarioStatus status = ScenarioStatus.Passed, string? error = null) => Step("When ", text, status, error);

    public ScenarioSpec Then(string text, ScenarioStatus status = ScenarioStatus.Passed, string? error = null) => Step("Then ", text, status, error);

    public ScenarioSpec Step(string keyword, string text, ScenarioStatus status, string? error = null)
    {
        Steps.Add(new StepSpec(keyword, text, status, error));
        return this;
    }

    /// <summary>Attaches to the last step.</summary>
    public ScenarioSpec Attach(string body, string mediaType, string? fileName = null, bool base64 = false)
    {
        Steps[^1].Attachments.Add((body, mediaType, fileName, base64));
        return this;
    }

    /// <summary>Attaches an evidence document to the last step.</summary>
    public ScenarioSpec Evidence(string metric, string unit, double? percentile, double limit, double value, string verdict, IEnumerable<double> samples) =>
        Attach(StepSpec.EvidenceJson(metric, unit, percentile, limit, value, verdict, samples), "application/vnd.esn.evidence+json");

    /// <summary>The pickle is compiled but the run never executes it.</summary>
    public ScenarioSpec NotRun()
    {
        Executed = false;
        return this;
    }

    /// <summary>The run's selection leaves the scenario out: its document is in the stream, its pickle is not.</summary>
    public ScenarioSpec Unselected()
    {
        Selected = false;
        Executed = false;
        return this;
    }

    /// <summary>The status the report should show: the worst step, or not run.</summary>
    public ScenarioStatus ExpectedStatus =>
        !Executed ? ScenarioStatus.NotRun : Steps.Count == 0 ? ScenarioStatus.Passed : Steps.Max(s => s.Status);
}
