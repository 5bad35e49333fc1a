using EsnHarness.Benchmarks.Support;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>
/// Times the whole London catalogue (features/) under the reference profile exactly as `esn run` runs it (in process,
/// through the CLI's own command line: esn.json, embedded simulators and stubs, the default worker count) and prints
/// the wall time next to the 60 s budget (issues 5 and 12), with the sum of scenario times (what one worker would take),
/// the slowest scenarios and the longest against issue 12's 15 s cap for one scenario (so the run's critical path is not
/// one long measurement). Options: --quick (same single run), --workers N, --tags EXPR, --limit SECONDS (deadline,
/// default 600: the run is cancelled and reported as a failure past it).
/// </summary>
public static class CatalogueBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ScenarioCap = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = ProcessRunner.RepositoryRoot();
        var limit = TimeSpan.FromSeconds(Option(args, "--limit") is { } l ? double.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : 600);
        var arguments = new List<string>();
        foreach (var name in new[] { "--workers", "--tags" })
        {
            if (Option(args, name) is { } value)
            {
                arguments.AddRange([name, value]);
            }
        }

        if (await InProcessEsn.RunAsync(root, "catalogue", arguments, limit) is not { } run)
        {
            return 1;
        }

        var (exitCode, elapsed, log, scenarios) = (run.ExitCode, run.Elapsed, run.Output, run.Scenarios);
        foreach (var line in log.Split('\n').Where(l => l.Contains("FAILED", StringComparison.Ordinal) || l.Contains(" = ", StringComparison.Ordinal) && l.Contains("limit", StringComparison.Ordinal)))
        {
            Console.WriteLine(line.TrimEnd());
        }

        Console.WriteLine(InProcessEsn.Tail(log, 3));
        foreach (var group in scenarios.GroupBy(s => s.Folder).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{group.Key,-14} {group.Count(s => s.Passed),3} / {group.Count(),3} passed, slowest {group.Max(s => s.Seconds),5:0.0} s, sum {group.Sum(s => s.Seconds),6:0.0} s");
        }

        Console.WriteLine("slowest scenarios:");
        foreach (var s in scenarios.OrderByDescending(s => s.Seconds).Take(10))
        {
            Console.WriteLine($"  {s.Seconds,5:0.0} s  {(s.Passed ? "passed" : "FAILED")}  {s.Uri}  {s.Name}");
        }

        var verdict = elapsed <= Budget ? "within" : "OVER";
        var longest = scenarios.Count > 0 ? scenarios.MaxBy(s => s.Seconds) : null;
        var over = scenarios.Count(s => s.Seconds > ScenarioCap.TotalSeconds);
        Console.WriteLine($"{"",-22} {"esn run (this build)",22} {"budget (issue 12)",18} {"one worker (sum)",18}");
        Console.WriteLine($"{"catalogue wall time",-22} {elapsed.TotalSeconds,20:0.0} s {Budget.TotalSeconds,16:0} s {scenarios.Sum(s => s.Seconds),16:0.0} s");
        Console.WriteLine($"{"longest scenario",-22} {longest?.Seconds ?? 0,20:0.0} s {ScenarioCap.TotalSeconds,16:0} s  {over} over the cap{(longest is null ? string.Empty : $": {longest.Uri} {longest.Name}")}");
        Console.WriteLine($"catalogue: {scenarios.Count} scenarios, {scenarios.Count(s => s.Passed)} passed, exit code {exitCode}, {elapsed.TotalSeconds:0.0} s: {verdict} the {Budget.TotalSeconds:0} s budget; longest scenario {longest?.Seconds ?? 0:0.0} s: {(over == 0 ? "within" : "OVER")} the {ScenarioCap.TotalSeconds:0} s cap");
        return elapsed <= Budget && over == 0 && exitCode == 0 ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
