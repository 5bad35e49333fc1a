using System.Text;
using System.Text.Json;

namespace EsnHarness.Reporting.Internal;

/// <summary>Reads the agencies that took part in a scenario from its <see cref="ScenarioReport.TookPartMediaType"/> attachment.</summary>
internal static class TookPartParser
{
    /// <summary>The agencies the scenario's attachment names; null when it attached none (not run, or steps that do not
    /// record participation) or the body is not a participation record.</summary>
    public static IReadOnlyList<string>? Of(IEnumerable<StepReport> steps)
    {
        var attachment = steps.SelectMany(step => step.Attachments).LastOrDefault(a => a.MediaType == ScenarioReport.TookPartMediaType);
        if (attachment is null)
        {
            return null;
        }

        try
        {
            var body = attachment.IsBase64 ? Encoding.UTF8.GetString(Convert.FromBase64String(attachment.Body)) : attachment.Body;
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("agencies", out var agencies) && agencies.ValueKind == JsonValueKind.Array
                ? [.. agencies.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
                : null;
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return null;
        }
    }
}
