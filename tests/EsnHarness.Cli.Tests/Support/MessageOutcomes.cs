using System.Text.Json.Nodes;

namespace EsnHarness.Cli.Tests.Support;

/// <summary>Reads a run's NDJSON back into what a person compares: each pickle's final status, and which were retried.</summary>
public static class MessageOutcomes
{
    /// <summary>Pickle name (with its uri and example row id) to the worst step status of its last attempt.</summary>
    public static Dictionary<string, string> Read(string path)
    {
        var run = RunMessages.Load(path);
        var lastAttempt = new Dictionary<string, string>();
        foreach (var (started, pickle) in run.Attempts)
        {
            lastAttempt[pickle] = started;
        }

        var worst = new Dictionary<string, string>();
        foreach (var step in run.Nodes.Where(n => n["testStepFinished"] is not null).Select(n => n["testStepFinished"]!))
        {
            var started = (string)step["testCaseStartedId"]!;
            var pickle = run.PickleOf(started);
            if (lastAttempt[pickle] != started)
            {
                continue;
            }

            var name = run.Names[pickle];
            var status = (string)step["testStepResult"]!["status"]!;
            worst[name] = worst.TryGetValue(name, out var previous) && previous == "FAILED" ? previous : status;
        }

        return worst;
    }

    /// <summary>The scenarios that failed an attempt and were run again (<c>--retry</c>), with their tags.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<string> Tags)> Retried(string path)
    {
        var run = RunMessages.Load(path);
        return run.Nodes.Where(n => n["testCaseFinished"] is { } f && (bool?)f["willBeRetried"] == true)
            .Select(n => run.PickleOf((string)n["testCaseFinished"]!["testCaseStartedId"]!))
            .Distinct()
            .Select(pickle => (run.Names[pickle], run.Tags[pickle]))
            .ToList();
    }

    private sealed record RunMessages(
        List<JsonNode> Nodes,
        Dictionary<string, string> Names,
        Dictionary<string, IReadOnlyList<string>> Tags,
        List<(string Started, string Pickle)> Attempts,
        Dictionary<string, string> StartedPickle)
    {
        public string PickleOf(string started) => StartedPickle[started];

        public static RunMessages Load(string path)
        {
            var nodes = File.ReadLines(path).Select(line => JsonNode.Parse(line)!).ToList();
            var pickles = nodes.Where(n => n["pickle"] is not null).Select(n => n["pickle"]!).ToList();
            var names = pickles.ToDictionary(p => (string)p["id"]!, p => $"{p["uri"]}: {p["name"]}");
            var tags = pickles.ToDictionary(p => (string)p["id"]!, p => (IReadOnlyList<string>)p["tags"]!.AsArray().Select(t => (string)t!["name"]!).ToList());
            var testCasePickle = nodes.Where(n => n["testCase"] is not null).ToDictionary(n => (string)n["testCase"]!["id"]!, n => (string)n["testCase"]!["pickleId"]!);
            var attempts = nodes.Where(n => n["testCaseStarted"] is not null)
                .Select(n => ((string)n["testCaseStarted"]!["id"]!, testCasePickle[(string)n["testCaseStarted"]!["testCaseId"]!]))
                .ToList();
            return new RunMessages(nodes, names, tags, attempts, attempts.ToDictionary(a => a.Item1, a => a.Item2));
        }
    }
}
