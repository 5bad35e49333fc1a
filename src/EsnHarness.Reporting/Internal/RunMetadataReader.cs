using System.Text;
using System.Text.Json;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting.Internal;

/// <summary>Collects run metadata from meta, test run start/finish and the run-level ESN attachments.</summary>
internal static class RunMetadataReader
{
    public static RunMetadata Read(MessageIndex index, IReadOnlyList<string> inputNames)
    {
        var started = index.RunsStarted.Where(r => r.Timestamp is not null).Select(r => r.Timestamp).OrderBy(t => t, Comparer<Timestamp>.Create(Time.Compare)).FirstOrDefault();
        var finished = index.RunsFinished.Where(r => r.Timestamp is not null).Select(r => r.Timestamp).OrderBy(t => t, Comparer<Timestamp>.Create(Time.Compare)).LastOrDefault();
        bool? success = index.RunsFinished.Count == 0 ? null : index.RunsFinished.All(r => r.Success);
        var meta = index.Meta;
        string? profile = null;
        SelectionReport? selection = null;
        var targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var shards = new List<string>();
        foreach (var attachment in index.RunAttachments)
        {
            var body = Decode(attachment);
            if (attachment.MediaType == RunMetadata.RunInfoMediaType)
            {
                ReadRunInfo(body, ref profile, targets);
                selection ??= ReadSelection(body);
            }
            else if (attachment.MediaType == RunMetadata.MergeInfoMediaType)
            {
                shards.AddRange(ReadShards(body));
            }
        }
        return new RunMetadata(
            started is null ? null : Time.ToDateTimeOffset(started),
            finished is null ? null : Time.ToDateTimeOffset(finished),
            success,
            Product(meta?.Implementation),
            Platform(meta),
            Ci(meta?.Ci),
            profile,
            targets,
            shards.Count > 0 ? shards : inputNames)
        {
            Selection = selection,
            FailureMessage = index.RunsFinished.Where(r => !r.Success).Select(r => r.Message).FirstOrDefault(m => !string.IsNullOrWhiteSpace(m)),
        };
    }

    private static SelectionReport? ReadSelection(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("selection", out var s) || s.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new SelectionReport(Strings(s, "features"), Strings(s, "lines"), Text(s, "tags"), Text(s, "tagsFrom"), Text(s, "name"), Text(s, "shard"));
        }
        catch (JsonException)
        {
            // Advisory, as the rest of the run info.
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
            : [];

    private static string Decode(Attachment attachment)
    {
        if (attachment.ContentEncoding != AttachmentContentEncoding.BASE64)
        {
            return attachment.Body ?? string.Empty;
        }
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(attachment.Body ?? string.Empty));
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }

    private static void ReadRunInfo(string body, ref string? profile, SortedDictionary<string, string> targets)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.TryGetProperty("profile", out var p) && p.ValueKind == JsonValueKind.String)
            {
                profile ??= p.GetString();
            }
            if (root.TryGetProperty("targets", out var t) && t.ValueKind == JsonValueKind.Object)
            {
                foreach (var target in t.EnumerateObject().Where(x => x.Value.ValueKind == JsonValueKind.String))
                {
                    if (!SecretRedactor.IsSecretKey(target.Name))
                    {
                        targets.TryAdd(target.Name, SecretRedactor.RedactEndpoint(target.Value.GetString()!));
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Run info is advisory; a malformed one is left out rather than failing the report.
        }
    }

    private static IEnumerable<string> ReadShards(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("shards", out var s) && s.ValueKind == JsonValueKind.Array)
            {
                return [.. s.EnumerateArray().Select(x => x.TryGetProperty("file", out var f) ? f.GetString() ?? "?" : "?")];
            }
        }
        catch (JsonException)
        {
            // As above: advisory.
        }
        return [];
    }

    private static string? Product(Product? p) =>
        p is null || string.IsNullOrEmpty(p.Name) ? null : string.IsNullOrEmpty(p.Version) ? p.Name : $"{p.Name} {p.Version}";

    private static string? Platform(Meta? meta)
    {
        var parts = new[] { Product(meta?.Runtime), Product(meta?.Os), Product(meta?.Cpu) }.Where(x => x is not null);
        var text = string.Join(" · ", parts);
        return text.Length == 0 ? null : text;
    }

    private static string? Ci(Ci? ci)
    {
        if (ci is null || string.IsNullOrEmpty(ci.Name))
        {
            return null;
        }
        var build = string.IsNullOrEmpty(ci.BuildNumber) ? string.Empty : $" build {ci.BuildNumber}";
        var git = ci.Git is { Revision: { Length: > 0 } rev } ? $" @ {(ci.Git.Branch is { Length: > 0 } b ? b + " " : string.Empty)}{rev[..Math.Min(rev.Length, 10)]}" : string.Empty;
        return ci.Name + build + git;
    }
}
