namespace EsnHarness.Reporting;

/// <summary>
/// One pickle (a scenario, or one example row of an outline) and its result. <paramref name="Description"/>
/// is the free text under the Scenario line (often the requirement's wording).
/// </summary>
public sealed record ScenarioReport(
    string PickleId,
    string Name,
    string FeatureUri,
    string? RuleName,
    int Line,
    IReadOnlyList<string> Tags,
    RequirementTags Requirement,
    ScenarioStatus Status,
    TimeSpan Duration,
    IReadOnlyList<StepReport> Steps,
    string Description = "")
{
    /// <summary>The first failing (or pending/undefined/ambiguous) step, if the scenario did not pass.</summary>
    public StepReport? FirstProblemStep =>
        Steps.FirstOrDefault(s => s.Status is ScenarioStatus.Failed or ScenarioStatus.Ambiguous
            or ScenarioStatus.Undefined or ScenarioStatus.Pending);

    /// <summary>All evidence the scenario's steps attached.</summary>
    public IEnumerable<Evidence> Evidence => Steps.SelectMany(s => s.Evidence);
}
