using System.Text.Json;

namespace EsnHarness.Reporting.Internal;

/// <summary>Reads an evidence attachment body; a body that is not evidence is shown as a plain attachment instead.</summary>
internal static class EvidenceParser
{
    public static Evidence? TryParse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "metric") is not { } metric)
            {
                return null;
            }
            var samples = root.TryGetProperty("samples", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Number).Select(x => x.GetDouble()).ToList()
                : [];
            var count = Number(root, "count") is { } c ? (int)c : samples.Count;
            return new Evidence(metric, Text(root, "unit") ?? string.Empty, Number(root, "percentile"), Number(root, "limit"),
                Text(root, "comparison"), Number(root, "value"), Text(root, "verdict") ?? "unknown", samples, count, Text(root, "source"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
