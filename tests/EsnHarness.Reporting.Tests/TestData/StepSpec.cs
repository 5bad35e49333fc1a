using System.Text.Json.Nodes;

namespace EsnHarness.Reporting.Tests.TestData;

/// <summary>A step of a generated scenario: its text, the outcome to report, and what it attaches.</summary>
public sealed class StepSpec(string keyword, string text, ScenarioStatus status, string? error)
{
    public string Keyword { get; } = keyword;
    public string Text { get; } = text;
    public ScenarioStatus Status { get; } = status;
    public string? Error { get; } = error;
    public List<(string Body, string MediaType, string? FileName, bool Base64)> Attachments { get; } = [];

    public static string EvidenceJson(string metric, string unit, double? percentile, double limit, double value, string verdict,
        IEnumerable<double> samples, string comparison = "<", string? source = null)
    {
        var list = samples.ToList();
        var json = new JsonObject
        {
            ["metric"] = metric,
            ["unit"] = unit,
            ["percentile"] = percentile,
            ["limit"] = limit,
            ["comparison"] = comparison,
            ["value"] = value,
            ["verdict"] = verdict,
            ["samples"] = new JsonArray([.. list.Select(x => (JsonNode?)x)]),
            ["count"] = list.Count,
        };
        if (source is not null)
        {
            json["source"] = source;
        }
        return json.ToJsonString();
    }
}
