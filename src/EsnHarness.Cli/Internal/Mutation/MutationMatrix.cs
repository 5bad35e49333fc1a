using System.Text.Json;
using System.Text.Json.Nodes;

namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>
/// The kill matrix of a mutation run: per defect the scenarios that failed against it (step and message), per scenario the
/// defects it catches, and what the clean pass did. Written as <c>artifacts/mutation.json</c>; the living doc reads it.
/// </summary>
internal sealed record MutationMatrix(
    string Profile,
    IReadOnlyList<ScenarioRef> Scenarios,
    IReadOnlyList<ScenarioRef> CleanFailures,
    IReadOnlyList<ScenarioRef> Skipped,
    IReadOnlyList<DefectOutcome> Defects,
    TimeSpan CleanDuration,
    TimeSpan TotalDuration)
{
    /// <summary>Media type of the JSON this writes (and the living doc reads).</summary>
    public const string MediaType = "application/vnd.esn.mutation+json";

    public bool CleanPassed => CleanFailures.Count == 0;

    public IReadOnlyList<DefectOutcome> Survivors => [.. Defects.Where(d => !d.Caught)];

    public IReadOnlyList<ScenarioRef> CatchingNone => [.. Scenarios.Where(s => !CleanFailures.Contains(s) && CatchesOf(s).Count == 0)];

    /// <summary>Exit 0 only when the clean pass passed, every defect was caught and every scenario caught one.</summary>
    public bool Success => CleanPassed && Survivors.Count == 0 && CatchingNone.Count == 0;

    public IReadOnlyList<string> CatchesOf(ScenarioRef scenario) =>
        [.. Defects.Where(d => d.Catches.Any(c => c.Scenario == scenario.Location)).Select(d => d.Defect.Name)];

    private static JsonNode Json(Catch c) => new JsonObject
    {
        ["scenario"] = c.Scenario,
        ["requirement"] = c.Requirement,
        ["step"] = c.Step,
        ["message"] = c.Message,
        ["seconds"] = Math.Round(c.Duration.TotalSeconds, 1),
        ["doubt"] = c.Doubt,
    };

    public string ToJson()
    {
        var json = new JsonObject
        {
            ["mediaType"] = MediaType,
            ["profile"] = Profile,
            ["cleanSeconds"] = Math.Round(CleanDuration.TotalSeconds, 1),
            ["totalSeconds"] = Math.Round(TotalDuration.TotalSeconds, 1),
            ["summary"] = new JsonObject
            {
                ["cleanPassed"] = CleanPassed,
                ["defects"] = Defects.Count,
                ["caught"] = Defects.Count(d => d.Caught),
                ["scenarios"] = Scenarios.Count,
                ["catching"] = Scenarios.Count - CleanFailures.Count - CatchingNone.Count,
                ["unconfirmed"] = Defects.Sum(d => d.Unconfirmed?.Count ?? 0),
            },
            ["cleanFailures"] = new JsonArray([.. CleanFailures.Select(s => (JsonNode)s.Location)]),
            ["skipped"] = new JsonArray([.. Skipped.Select(s => (JsonNode)s.Location)]),
            ["defects"] = new JsonArray([.. Defects.Select(d => (JsonNode)new JsonObject
            {
                ["name"] = d.Defect.Name,
                ["role"] = d.Defect.Role,
                ["breaks"] = d.Defect.Breaks,
                ["violates"] = d.Defect.Violates,
                ["reachable"] = d.Reachable.Count,
                ["reached"] = new JsonArray([.. d.Reachable.Select(l => (JsonNode)l)]),
                ["caught"] = d.Caught,
                ["seconds"] = Math.Round(d.Duration.TotalSeconds, 1),
                ["caughtBy"] = new JsonArray([.. d.Catches.Select(Json)]),
                ["unconfirmed"] = new JsonArray([.. (d.Unconfirmed ?? []).Select(Json)]),
            })]),
            ["scenarios"] = new JsonArray([.. Scenarios.Select(s => (JsonNode)new JsonObject
            {
                ["location"] = s.Location,
                ["name"] = s.Name,
                ["requirement"] = s.Requirement,
                ["cleanPassed"] = !CleanFailures.Contains(s),
                ["catches"] = new JsonArray([.. CatchesOf(s).Select(n => (JsonNode)n)]),
            })]),
        };
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
