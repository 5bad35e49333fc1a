using System.Diagnostics;
using System.Text.Json;
using EsnHarness.Benchmarks.Support;
using EsnHarness.Cli;

namespace EsnHarness.Benchmarks.WebConsole;

/// <summary>
/// Times the control-room folder (features/control-room, without @kpi and the screen-only @web-console requirements, which the
/// gRPC route skips) through the gRPC console adapter (profile reference) and through the reference web console driven by
/// Playwright in Chromium (profile web-console), in process exactly as <c>esn run</c> runs them, alternating the routes over the
/// rounds so a loaded machine slows both. Prints each route's wall time, and the sum of the scenario times of the scenarios that
/// passed on both routes, beside issue 14's goal (web at most 2x gRPC). Options: --quick (one round), --rounds N (default 3).
/// </summary>
public static class ConsoleRouteBenchmark
{
    private const string Tags = "not @kpi and not @web-console and not @wip";
    private const double Goal = 2.0;

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Contains("--quick") ? 1 : Option(args, "--rounds") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 3;
        var root = ProcessRunner.RepositoryRoot();
        var runs = new Dictionary<string, List<RouteRun>> { ["reference"] = [], ["web-console"] = [] };
        for (var round = 0; round < rounds; round++)
        {
            foreach (var profile in round % 2 == 0 ? new[] { "reference", "web-console" } : ["web-console", "reference"])
            {
                var run = await RunRouteAsync(root, profile);
                if (run is null)
                {
                    return 1;
                }

                runs[profile].Add(run);
                Console.WriteLine($"round {round + 1}: {profile,-12} {run.Wall.TotalSeconds,6:0.0} s wall, {run.Scenarios.Count(s => s.Value.Passed)} passed of {run.Scenarios.Count}, exit {run.ExitCode}");
            }
        }

        var grpc = runs["reference"];
        var web = runs["web-console"];
        var both = grpc[0].Scenarios.Keys.Where(name => grpc.All(g => g.Scenarios[name].Passed) && web.All(w => w.Scenarios.TryGetValue(name, out var s) && s.Passed)).ToList();
        double Median(IEnumerable<double> values) => values.Order().ElementAt(rounds / 2);
        var grpcWall = Median(grpc.Select(g => g.Wall.TotalSeconds));
        var webWall = Median(web.Select(w => w.Wall.TotalSeconds));
        var grpcSum = Median(grpc.Select(g => both.Sum(n => g.Scenarios[n].Seconds)));
        var webSum = Median(web.Select(w => both.Sum(n => w.Scenarios[n].Seconds)));
        Console.WriteLine($"scenarios compared (passed on both routes in every round): {both.Count}; not compared: {string.Join("; ", grpc[0].Scenarios.Keys.Except(both))}");
        Console.WriteLine($"{"median of " + rounds + " rounds",-36} {"gRPC adapter",14} {"web console",14} {"ratio",8} {"goal",6}");
        Console.WriteLine($"{"control-room folder, wall time",-36} {grpcWall,12:0.00} s {webWall,12:0.00} s {webWall / grpcWall,7:0.0}x {Goal,5:0.0}x");
        Console.WriteLine($"{"compared scenarios, sum of times",-36} {grpcSum,12:0.00} s {webSum,12:0.00} s {webSum / grpcSum,7:0.0}x {Goal,5:0.0}x");
        return 0;
    }

    private static async Task<RouteRun?> RunRouteAsync(string root, string profile)
    {
        var messages = Path.Combine(Path.GetTempPath(), $"esn-console-route-{Environment.ProcessId}-{profile}.ndjson");
        string[] arguments = ["run", "--config", Path.Combine(root, "esn.json"), "--profile", profile, "--features", Path.Combine(root, "features", "control-room"),
            "--tags", Tags, "--format", $"message:{messages}"];
        var log = new StringWriter();
        var console = CliConsole.FromProcess() with { Output = log, Error = log, WorkingDirectory = root, Interactive = false };
        var clock = Stopwatch.StartNew();
        var exitCode = await EsnCommandLine.InvokeAsync(arguments, console, CancellationToken.None);
        clock.Stop();
        if (!File.Exists(messages))
        {
            Console.WriteLine($"{profile}: no results (exit {exitCode}):\n{log}");
            return null;
        }

        var scenarios = ScenarioTimes(messages);
        File.Delete(messages);
        return new RouteRun(clock.Elapsed, exitCode, scenarios);
    }

    private static Dictionary<string, ScenarioTime> ScenarioTimes(string ndjson)
    {
        var pickles = new Dictionary<string, string>();
        var cases = new Dictionary<string, string>();
        var started = new Dictionary<string, (string Case, double At)>();
        var notPassed = new HashSet<string>();
        var results = new Dictionary<string, ScenarioTime>();
        foreach (var line in File.ReadLines(ndjson))
        {
            using var doc = JsonDocument.Parse(line);
            var e = doc.RootElement;
            if (e.TryGetProperty("pickle", out var p))
            {
                pickles[p.GetProperty("id").GetString()!] = $"{p.GetProperty("uri").GetString()}: {p.GetProperty("name").GetString()}";
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
                notPassed.Add(step.GetProperty("testCaseStartedId").GetString()!);
            }
            else if (e.TryGetProperty("testCaseFinished", out var f) && started.TryGetValue(f.GetProperty("testCaseStartedId").GetString()!, out var start))
            {
                results[pickles[cases[start.Case]]] = new ScenarioTime(Seconds(f) - start.At, !notPassed.Contains(f.GetProperty("testCaseStartedId").GetString()!));
            }
        }

        return results;
    }

    private static double Seconds(JsonElement envelope)
    {
        var t = envelope.GetProperty("timestamp");
        return t.GetProperty("seconds").GetInt64() + t.GetProperty("nanos").GetInt64() / 1e9;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed record ScenarioTime(double Seconds, bool Passed);

    private sealed record RouteRun(TimeSpan Wall, int ExitCode, Dictionary<string, ScenarioTime> Scenarios);
}
