using System.Text.Json;
using System.Text.Json.Serialization;

namespace EsnHarness.Steps.Kpi;

/// <summary>
/// One measured quantity of a requirement, as attached to the scenario with media type
/// <see cref="MediaType"/> and read by reporting (the shape is a contract: see the brief).
/// </summary>
public sealed record Evidence(
    [property: JsonPropertyName("metric")] string Metric,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("percentile")] double? Percentile,
    [property: JsonPropertyName("limit")] double Limit,
    [property: JsonPropertyName("comparison")] string Comparison,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("samples")] IReadOnlyList<double> Samples,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("source")] string? Source)
{
    /// <summary>What each sample measures, in a requirement owner's words (e.g. which parts of the voice path a mouth-to-ear
    /// sample includes, and which figures are configured rather than measured); absent when the metric's label says it all.</summary>
    [JsonPropertyName("measure")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Measure { get; init; }

    /// <summary>The parts a sample is made of, by name, each the mean over the samples in <see cref="Unit"/> (a configured
    /// figure says so in its name); absent when not broken down.</summary>
    [JsonPropertyName("components")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Components { get; init; }

    /// <summary>Quality figures observed alongside the samples (e.g. frames discarded by the jitter buffer); absent when none.</summary>
    [JsonPropertyName("quality")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Quality { get; init; }

    /// <summary>Media type of the attachment.</summary>
    public const string MediaType = "application/vnd.esn.evidence+json";

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>True when the verdict is pass.</summary>
    [JsonIgnore]
    public bool Passed => Verdict == "pass";

    /// <summary>The attachment body.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads an attachment body back.</summary>
    public static Evidence FromJson(string json) =>
        JsonSerializer.Deserialize<Evidence>(json, Json) ?? throw new JsonException("The evidence document is empty.");
}
