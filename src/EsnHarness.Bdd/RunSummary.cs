namespace EsnHarness.Bdd;

/// <summary>What a run did.</summary>
/// <param name="Results">One per pickle run, in discovery order.</param>
/// <param name="ParseErrors">Feature files that did not parse (each makes the run not pass).</param>
/// <param name="GlobalErrors">Failures of BeforeTestRun/AfterTestRun hooks.</param>
public sealed record RunSummary(IReadOnlyList<ScenarioResult> Results, IReadOnlyList<ParseProblem> ParseErrors, IReadOnlyList<string> GlobalErrors)
{
    /// <summary>True when the run was stopped (cancelled) before every selected scenario had run.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Selected pickles that never started: the run was interrupted first, or a BeforeTestRun hook failed.</summary>
    public IReadOnlyList<DiscoveredPickle> NotRun { get; init; } = [];

    /// <summary>
    /// True when every scenario passed (skipped ones count as not failed), nothing failed to parse, no global hook failed
    /// and the run was not interrupted.
    /// </summary>
    public bool Success => ParseErrors.Count == 0 && GlobalErrors.Count == 0 && !Interrupted && NotRun.Count == 0
        && Results.All(r => r.Status is ScenarioStatus.Passed or ScenarioStatus.Skipped);

    /// <summary>Scenarios per status.</summary>
    public IReadOnlyDictionary<ScenarioStatus, int> Counts =>
        Enum.GetValues<ScenarioStatus>().ToDictionary(s => s, s => Results.Count(r => r.Status == s));

    /// <summary>The scenarios that did not pass or skip.</summary>
    public IReadOnlyList<ScenarioResult> Failures => Results.Where(r => r.Status is not (ScenarioStatus.Passed or ScenarioStatus.Skipped)).ToList();
}
