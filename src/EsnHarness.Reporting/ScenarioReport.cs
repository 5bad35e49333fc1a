namespace EsnHarness.Reporting;

/// <summary>
/// One pickle (a scenario, or one example row of an outline) and its result. <paramref name="Description"/>
/// is the free text under the Scenario line (often the requirement's wording). <paramref name="Selected"/> is false for
/// a scenario of the catalogue that the run's selection left out (no pickle in the stream): it is <see cref="ScenarioStatus.NotRun"/>.
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
    string Description = "",
    bool Selected = true)
{
    /// <summary>The first failing (or pending/undefined/ambiguous) step, if the scenario did not pass.</summary>
    public StepReport? FirstProblemStep =>
        Steps.FirstOrDefault(s => s.Status is ScenarioStatus.Failed or ScenarioStatus.Ambiguous
            or ScenarioStatus.Undefined or ScenarioStatus.Pending);

    /// <summary>Media type of the attachment that names the agencies whose terminals, consoles and systems took part
    /// (a JSON object whose <c>agencies</c> array holds their tag names, e.g. <c>["LFB"]</c>).</summary>
    public const string TookPartMediaType = "application/vnd.esn.participants+json";

    /// <summary>The agencies that took part, as the scenario recorded them (<see cref="TookPartMediaType"/>); null when it
    /// recorded none (not run, or steps that do not record participation).</summary>
    public IReadOnlyList<string>? TookPart => Internal.TookPartParser.Of(Steps);

    /// <summary>All evidence the scenario's steps attached.</summary>
    public IEnumerable<Evidence> Evidence => Steps.SelectMany(s => s.Evidence);
}
