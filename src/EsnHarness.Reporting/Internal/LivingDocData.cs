using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EsnHarness.Reporting.Internal;

/// <summary>
/// The page's data block. Short property names keep a 2,000-scenario run small; the page script
/// (the page's scripts, LivingDoc/*.js) is the only reader. '&lt;', '&gt;' and '&amp;' are escaped as \u003c etc. so no
/// feature text can close the script element.
/// </summary>
internal static partial class LivingDocData
{
    public static string ToJson(ReportModel model, ReadinessMatrix matrix, LivingDocOptions options)
    {
        var buffer = new MemoryStream();
        var writerOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.Default, Indented = false };
        using (var w = new Utf8JsonWriter(buffer, writerOptions))
        {
            w.WriteStartObject();
            w.WriteString("title", options.Title);
            WriteRun(w, model.Run);
            WriteMatrix(w, matrix);
            WriteVocabulary(w, model.Vocabulary);
            w.WriteStartArray("features");
            foreach (var f in model.Features)
            {
                WriteFeature(w, f);
            }
            w.WriteEndArray();
            w.WriteStartArray("scenarios");
            var featureIndex = 0;
            foreach (var f in model.Features)
            {
                foreach (var s in f.Scenarios)
                {
                    WriteScenario(w, s, featureIndex);
                }
                featureIndex++;
            }
            w.WriteEndArray();
            w.WriteStartArray("parseErrors");
            foreach (var e in model.ParseErrors)
            {
                w.WriteStartObject();
                w.WriteString("uri", e.Uri);
                w.WriteNumber("line", e.Line);
                w.WriteNumber("col", e.Column);
                w.WriteString("msg", e.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Escape(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>The default encoder already escapes these; this makes the guarantee independent of it.</summary>
    internal static string Escape(string json) => json
        .Replace("<", "\\u003c", StringComparison.Ordinal)
        .Replace(">", "\\u003e", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static void WriteRun(Utf8JsonWriter w, RunMetadata run)
    {
        w.WriteStartObject("run");
        WriteOptional(w, "started", run.StartedAt?.ToString("O", CultureInfo.InvariantCulture));
        WriteOptional(w, "finished", run.FinishedAt?.ToString("O", CultureInfo.InvariantCulture));
        if (run.Duration is { } d)
        {
            w.WriteNumber("durationMs", Math.Round(d.TotalMilliseconds));
        }
        if (run.Success is { } ok)
        {
            w.WriteBoolean("success", ok);
        }
        WriteOptional(w, "tool", run.Tool);
        WriteOptional(w, "platform", run.Platform);
        WriteOptional(w, "ci", run.Ci);
        WriteOptional(w, "failure", run.FailureMessage);
        WriteOptional(w, "selection", run.Selection?.Describe());
        WriteOptional(w, "profile", run.Profile);
        w.WriteStartObject("targets");
        foreach (var (role, endpoint) in run.Targets)
        {
            w.WriteString(role, endpoint);
        }
        w.WriteEndObject();
        WriteStrings(w, "shards", run.Shards);
        w.WriteEndObject();
    }

    /// <summary>The agencies and priorities the page's filters offer (esn.json's vocabulary), the blocking priority first.</summary>
    private static void WriteVocabulary(Utf8JsonWriter w, RequirementVocabulary vocabulary)
    {
        w.WriteStartObject("vocabulary");
        WriteStrings(w, "agencies", vocabulary.Agencies);
        WriteStrings(w, "priorities", vocabulary.Priorities);
        w.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter w, ReadinessMatrix matrix)
    {
        w.WriteStartObject("matrix");
        WriteStrings(w, "agencies", matrix.Agencies);
        WriteStrings(w, "capabilities", matrix.Capabilities);
        w.WriteStartArray("cells");
        foreach (var c in matrix.Cells)
        {
            w.WriteStartArray();
            w.WriteStringValue(c.Agency);
            w.WriteStringValue(c.Capability);
            w.WriteNumberValue(c.Passing);
            w.WriteNumberValue(c.Failing);
            w.WriteNumberValue(c.NotRun);
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter w, FeatureReport f)
    {
        w.WriteStartObject();
        w.WriteString("uri", f.Uri);
        w.WriteString("cap", f.Capability);
        w.WriteString("name", f.Name);
        w.WriteString("desc", f.Description);
        WriteStrings(w, "tags", f.Tags);
        w.WriteStartArray("rules");
        foreach (var r in f.Rules)
        {
            w.WriteStartObject();
            w.WriteString("name", r.Name);
            w.WriteString("desc", r.Description);
            WriteStrings(w, "tags", r.Tags);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}
