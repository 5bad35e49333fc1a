using System.Text;
using System.Text.Json;

namespace EsnHarness.Reporting.Internal;

/// <summary>Scenario, step, evidence and attachment records of the page's data block.</summary>
internal static partial class LivingDocData
{
    private static void WriteScenario(Utf8JsonWriter w, ScenarioReport s, int featureIndex)
    {
        w.WriteStartObject();
        w.WriteNumber("f", featureIndex);
        w.WriteString("n", s.Name);
        WriteOptional(w, "r", s.RuleName);
        if (s.Description.Length > 0)
        {
            w.WriteString("desc", s.Description);
        }
        w.WriteNumber("l", s.Line);
        WriteStrings(w, "t", s.Tags);
        WriteOptional(w, "id", s.Requirement.RequirementId);
        WriteStrings(w, "a", s.Requirement.Agencies);
        WriteOptional(w, "p", s.Requirement.Priority);
        WriteStrings(w, "src", s.Requirement.Sources);
        w.WriteString("st", StatusName(s.Status));
        if (!s.Selected)
        {
            w.WriteBoolean("ns", true);
        }
        w.WriteNumber("d", Math.Round(s.Duration.TotalMilliseconds, 1));
        w.WriteStartArray("steps");
        foreach (var step in s.Steps)
        {
            WriteStep(w, step);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    internal static string StatusName(ScenarioStatus status) => status switch
    {
        ScenarioStatus.NotRun => "notrun",
        _ => status.ToString().ToLowerInvariant(),
    };

    private static void WriteStep(Utf8JsonWriter w, StepReport step)
    {
        w.WriteStartObject();
        w.WriteString("k", step.Keyword.Trim());
        w.WriteString("x", step.Text);
        w.WriteString("st", StatusName(step.Status));
        w.WriteNumber("d", Math.Round(step.Duration.TotalMilliseconds, 1));
        if (step.IsHook)
        {
            w.WriteBoolean("hook", true);
        }
        WriteOptional(w, "e", step.ErrorMessage);
        WriteOptional(w, "snip", step.Snippet);
        WriteOptional(w, "arg", step.Argument);
        if (step.Evidence.Count > 0)
        {
            w.WriteStartArray("ev");
            foreach (var e in step.Evidence)
            {
                WriteEvidence(w, e);
            }
            w.WriteEndArray();
        }
        if (step.Attachments.Count > 0)
        {
            w.WriteStartArray("att");
            foreach (var a in step.Attachments)
            {
                WriteAttachment(w, a);
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter w, Evidence e)
    {
        w.WriteStartObject();
        w.WriteString("metric", e.Metric);
        w.WriteString("unit", e.Unit);
        WriteNumber(w, "pct", e.Percentile);
        WriteNumber(w, "limit", e.Limit);
        WriteOptional(w, "cmp", e.Comparison);
        WriteNumber(w, "value", e.Value);
        w.WriteString("verdict", e.Verdict);
        w.WriteNumber("count", e.Count);
        WriteOptional(w, "source", e.Source);
        w.WriteStartArray("samples");
        foreach (var x in e.Samples)
        {
            w.WriteNumberValue(Math.Round(x, 3));
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
    }

    /// <summary>
    /// Images travel as base64 for a data: URL; text (decoded if it came base64) as text; other
    /// binary content is described, not embedded, because the page has no safe way to open it.
    /// </summary>
    private const string TraceMediaType = "application/zip";

    private static void WriteAttachment(Utf8JsonWriter w, AttachmentReport a)
    {
        w.WriteStartObject();
        w.WriteString("m", a.MediaType);
        WriteOptional(w, "fn", a.FileName);
        WriteOptional(w, "url", a.Url);
        var isImage = a.MediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) && ImageTypes.Contains(a.MediaType.ToLowerInvariant());
        if (isImage && a.IsBase64)
        {
            w.WriteString("img", a.Body);
        }
        else if (!a.IsBase64)
        {
            w.WriteString("text", a.Body);
        }
        else if (IsTextual(a.MediaType) && TryDecode(a.Body) is { } text)
        {
            w.WriteString("text", text);
        }
        else if (string.Equals(a.MediaType, TraceMediaType, StringComparison.OrdinalIgnoreCase))
        {
            // A Playwright trace (a web console's failing step): offered as a download, opened with 'playwright show-trace'.
            w.WriteString("zip", a.Body);
        }
        else
        {
            w.WriteNumber("bytes", a.Body.Length / 4 * 3);
        }
        w.WriteEndObject();
    }

    // Raster formats only: an SVG as a data: image cannot run script either, but there is no need to widen the door.
    private static readonly HashSet<string> ImageTypes = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"];

    private static bool IsTextual(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("xml", StringComparison.OrdinalIgnoreCase);

    private static string? TryDecode(string body)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(body));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
