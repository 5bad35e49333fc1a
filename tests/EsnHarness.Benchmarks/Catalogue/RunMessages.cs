using System.Text.Json;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>The scenarios of a run's NDJSON (Cucumber Messages): where each is, how long it took, whether it passed, and the KPI evidence it attached.</summary>
internal static class RunMessages
{
    public const string EvidenceMediaType = "application/vnd.esn.evidence+json";

    public static List<ScenarioRecord> Read(string ndjson)
    {
        var pickles = new Dictionary<string, (string Uri, string Name)>();
        var cases = new Dictionary<string, string>();
        var started = new Dictionary<string, (string Case, double At)>();
        var evidence = new Dictionary<string, List<JsonElement>>();
        var failed = new HashSet<string>();
        var results = new List<ScenarioRecord>();
        foreach (var line in File.ReadLines(ndjson))
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            if (e.TryGetProperty("pickle", out var p))
            {
                pickles[p.GetProperty("id").GetString()!] = (p.GetProperty("uri").GetString()!, p.GetProperty("name").GetString()!);
            }
            else if (e.TryGetProperty("testCase", out var c))
            {
                cases[c.GetProperty("id").GetString()!] = c.GetProperty("pickleId").GetString()!;
            }
            else if (e.TryGetProperty("testCaseStarted", out var s))
            {
                started[s.GetProperty("id").GetString()!] = (s.GetProperty("testCaseId").GetString()!, Seconds(s));
            }
            else if (e.TryGetProperty("attachment", out var a) && a.GetProperty("mediaType").GetString() == EvidenceMediaType
                && a.TryGetProperty("testCaseStartedId", out var owner))
            {
                using var body = JsonDocument.Parse(a.GetProperty("body").GetString()!);
                (evidence.TryGetValue(owner.GetString()!, out var list) ? list : evidence[owner.GetString()!] = []).Add(body.RootElement.Clone());
            }
            else if (e.TryGetProperty("testStepFinished", out var step) && step.GetProperty("testStepResult").GetProperty("status").GetString() != "PASSED")
            {
                failed.Add(step.GetProperty("testCaseStartedId").GetString()!);
            }
            else if (e.TryGetProperty("testCaseFinished", out var f) && started.TryGetValue(f.GetProperty("testCaseStartedId").GetString()!, out var start))
            {
                var (uri, name) = pickles[cases[start.Case]];
                var id = f.GetProperty("testCaseStartedId").GetString()!;
                results.Add(new ScenarioRecord(uri, uri.Split('/')[1], name, Seconds(f) - start.At, !failed.Contains(id), evidence.GetValueOrDefault(id, [])));
            }
        }

        return results;
    }

    private static double Seconds(JsonElement envelope)
    {
        var t = envelope.GetProperty("timestamp");
        return t.GetProperty("seconds").GetInt64() + t.GetProperty("nanos").GetInt64() / 1e9;
    }
}
