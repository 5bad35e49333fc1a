using System.Diagnostics;
using System.Text.Json;
using EsnHarness.Benchmarks.Support;
using EsnHarness.Cli;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>
/// Times the whole London catalogue (features/) under the reference profile exactly as `esn run` runs it (in process,
/// through the CLI's own command line: esn.json, embedded simulators and stubs, the default worker count) and prints
/// the wall time next to the 60 s budget of issue 5, with the sum of scenario times (what one worker would take) and
/// the slowest scenarios. Options: --quick (same single run), --workers N, --tags EXPR, --limit SECONDS (deadline,
/// default 600: the run is cancelled and reported as a failure past it).
/// </summary>
public static class CatalogueBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = ProcessRunner.RepositoryRoot();
        var limit = TimeSpan.FromSeconds(Option(args, "--limit") is { } l ? double.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : 600);
        var messages = Path.Combine(Path.GetTempPath(), $"esn-catalogue-{Environment.ProcessId}.ndjson");
        List<string> arguments = ["run", "--config", Path.Combine(root, "esn.json"), "--format", $"message:{messages}"];
        foreach (var name in new[] { "--workers", "--tags" })
        {
            if (Option(args, name) is { } value)
            {
                arguments.AddRange([name, value]);
            }
        }

        var log = new StringWriter();
        var console = CliConsole.FromProcess() with { Output = log, Error = log, WorkingDirectory = root, Interactive = false };
        using var deadline = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();
        int exitCode;
        try
        {
            exitCode = await EsnCommandLine.InvokeAsync([.. arguments], console, deadline.Token).WaitAsync(limit + TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            Console.WriteLine($"catalogue: did not finish within {limit.TotalSeconds:0} s; last output:\n{Tail(log.ToString(), 20)}");
            return 1;
        }

        clock.Stop();
        var scenarios = File.Exists(messages) ? ScenarioTimes(messages) : [];
        File.Delete(messages);
        foreach (var line in log.ToString().Split('\n').Where(l => l.Contains("FAILED", StringComparison.Ordinal) || l.Contains(" = ", StringComparison.Ordinal) && l.Contains("limit", StringComparison.Ordinal)))
        {
            Console.WriteLine(line.TrimEnd());
        }

        Console.WriteLine(Tail(log.ToString(), 3));
        foreach (var group in scenarios.GroupBy(s => s.Folder).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{group.Key,-14} {group.Count(s => s.Passed),3} / {group.Count(),3} passed, slowest {group.Max(s => s.Seconds),5:0.0} s, sum {group.Sum(s => s.Seconds),6:0.0} s");
        }

        Console.WriteLine("slowest scenarios:");
        foreach (var s in scenarios.OrderByDescending(s => s.Seconds).Take(10))
        {
            Console.WriteLine($"  {s.Seconds,5:0.0} s  {(s.Passed ? "passed" : "FAILED")}  {s.Uri}  {s.Name}");
        }

        var verdict = clock.Elapsed <= Budget ? "within" : "OVER";
        Console.WriteLine($"{"",-22} {"esn run (this build)",22} {"budget (issue 5)",18} {"one worker (sum)",18}");
        Console.WriteLine($"{"catalogue wall time",-22} {clock.Elapsed.TotalSeconds,20:0.0} s {Budget.TotalSeconds,16:0} s {scenarios.Sum(s => s.Seconds),16:0.0} s");
        Console.WriteLine($"catalogue: {scenarios.Count} scenarios, {scenarios.Count(s => s.Passed)} passed, exit code {exitCode}, {clock.Elapsed.TotalSeconds:0.0} s: {verdict} the {Budget.TotalSeconds:0} s budget");
        return clock.Elapsed <= Budget && exitCode == 0 ? 0 : 1;
    }

    private static List<ScenarioTime> ScenarioTimes(string ndjson)
    {
        var pickles = new Dictionary<string, (string Uri, string Name)>();
        var cases = new Dictionary<string, string>();
        var started = new Dictionary<string, (string Case, double At)>();
        var results = new List<ScenarioTime>();
        var failed = new HashSet<string>();
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
            else if (e.TryGetProperty("testStepFinished", out var step) && step.GetProperty("testStepResult").GetProperty("status").GetString() != "PASSED")
            {
                failed.Add(step.GetProperty("testCaseStartedId").GetString()!);
            }
            else if (e.TryGetProperty("testCaseFinished", out var f) && started.TryGetValue(f.GetProperty("testCaseStartedId").GetString()!, out var start))
            {
                var (uri, name) = pickles[cases[start.Case]];
                var id = f.GetProperty("testCaseStartedId").GetString()!;
                results.Add(new ScenarioTime(uri, uri.Split('/')[1], name, Seconds(f) - start.At, !failed.Contains(id)));
            }
        }

        return results;
    }

    private static double Seconds(JsonElement envelope)
    {
        var t = envelope.GetProperty("timestamp");
        return t.GetProperty("seconds").GetInt64() + t.GetProperty("nanos").GetInt64() / 1e9;
    }

    private static string Tail(string text, int lines) => string.Join('\n', text.TrimEnd().Split('\n').TakeLast(lines));

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record ScenarioTime(string Uri, string Folder, string Name, double Seconds, bool Passed);
}
