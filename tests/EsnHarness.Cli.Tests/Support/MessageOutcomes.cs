using System.Text.Json.Nodes;

namespace EsnHarness.Cli.Tests.Support;

/// <summary>Reads a run's NDJSON back into what a person compares: each pickle's final status.</summary>
public static class MessageOutcomes
{
    /// <summary>Pickle name (with its uri and example row id) to its worst step status.</summary>
    public static Dictionary<string, string> Read(string path)
    {
        var nodes = File.ReadLines(path).Select(line => JsonNode.Parse(line)!).ToList();
        var pickleName = nodes.Where(n => n["pickle"] is not null).ToDictionary(n => (string)n["pickle"]!["id"]!, n => $"{n["pickle"]!["uri"]}: {n["pickle"]!["name"]}");
        var testCasePickle = nodes.Where(n => n["testCase"] is not null).ToDictionary(n => (string)n["testCase"]!["id"]!, n => (string)n["testCase"]!["pickleId"]!);
        var startedCase = nodes.Where(n => n["testCaseStarted"] is not null).ToDictionary(n => (string)n["testCaseStarted"]!["id"]!, n => (string)n["testCaseStarted"]!["testCaseId"]!);
        var worst = new Dictionary<string, string>();
        foreach (var step in nodes.Where(n => n["testStepFinished"] is not null).Select(n => n["testStepFinished"]!))
        {
            var name = pickleName[testCasePickle[startedCase[(string)step["testCaseStartedId"]!]]];
            var status = (string)step["testStepResult"]!["status"]!;
            worst[name] = worst.TryGetValue(name, out var previous) && previous == "FAILED" ? previous : status;
        }

        return worst;
    }
}
