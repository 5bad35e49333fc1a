using System.Globalization;
using System.Text.Json;
using EsnHarness.Benchmarks.Simulators;
using EsnHarness.Benchmarks.Support;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>
/// Issue 13 item 6: a KPI scenario's result does not change when the rest of the catalogue runs beside it in the same
/// process. Runs the @kpi scenarios on their own (esn run --tags @kpi), then the whole catalogue in one esn run (where
/// the measurement lane keeps them off the cores of functional work), both in process as esn runs them, and prints every
/// measured value of both runs side by side. Goal: every verdict the same; values within 10 % are counted.
/// Options: --limit SECONDS (deadline per run, default 900); --at-once N: instead of the whole catalogue, run the @kpi
/// scenarios alone again with N measured at once (esn run --measured-at-once N), which is what esn mutate's measured phase
/// does: the verdicts must stay those of the default (4 at once).
/// </summary>
internal static class KpiBesideBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var root = ProcessRunner.RepositoryRoot();
        var i = Array.IndexOf(args, "--limit");
        var limit = TimeSpan.FromSeconds(i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : 900);
        var j = Array.IndexOf(args, "--at-once");
        string[] besideArguments = j >= 0 && j + 1 < args.Length ? ["--tags", "@kpi and not @wip", "--measured-at-once", args[j + 1]] : [];
        if (await InProcessEsn.RunAsync(root, "kpi-alone", ["--tags", "@kpi and not @wip"], limit) is not { } alone
            || await InProcessEsn.RunAsync(root, j >= 0 ? $"kpi-{args[j + 1]}-at-once" : "kpi-beside", besideArguments, limit) is not { } beside)
        {
            return 1;
        }

        var before = Measurements(alone);
        var after = Measurements(beside);
        Console.WriteLine(j >= 0
            ? $"kpi-beside: {before.Count} measurements of {alone.Scenarios.Count} @kpi scenarios alone, 4 at once ({alone.Elapsed.TotalSeconds:0} s), then {args[j + 1]} at once ({beside.Elapsed.TotalSeconds:0} s)"
            : $"kpi-beside: {before.Count} measurements of {alone.Scenarios.Count} @kpi scenarios alone ({alone.Elapsed.TotalSeconds:0} s), then beside {beside.Scenarios.Count - alone.Scenarios.Count} other scenarios in one run ({beside.Elapsed.TotalSeconds:0} s)");
        Console.WriteLine($"  {"scenario",-58} {"metric",-26} {"alone",9} {"beside",9} {"change",8} {"limit",8}  verdicts");
        var (same, close) = (0, 0);
        foreach (var (key, a) in before.OrderBy(kv => kv.Key.Scenario, StringComparer.Ordinal).ThenBy(kv => kv.Key.Metric, StringComparer.Ordinal))
        {
            if (!after.TryGetValue(key, out var b))
            {
                Console.WriteLine($"  {Short(key.Scenario),-58} {key.Metric,-26} {a.Value,9:N1} {"(absent)",9}");
                continue;
            }

            var change = a.Value == 0 ? 0 : (b.Value - a.Value) / a.Value;
            same += a.Verdict == b.Verdict ? 1 : 0;
            close += Math.Abs(change) <= 0.10 ? 1 : 0;
            Console.WriteLine($"  {Short(key.Scenario),-58} {key.Metric,-26} {a.Value,9:N1} {b.Value,9:N1} {change,8:+0.0 %;-0.0 %} {a.Limit,8:N0}  {a.Verdict}/{b.Verdict}{(a.Verdict == b.Verdict ? string.Empty : "  CHANGED")}");
        }

        var ok = before.Count > 0 && same == before.Count;
        Console.WriteLine($"kpi-beside: verdict unchanged for {same} of {before.Count} measurements, value within 10 % for {close}; load average {LoadAverage()}: {Stats.Verdict(ok)} (every verdict the same)");
        return ok ? 0 : 1;
    }

    private static Dictionary<(string Scenario, string Metric), (double Value, double Limit, string Verdict)> Measurements(EsnRun run)
    {
        var measured = new Dictionary<(string, string), (double, double, string)>();
        foreach (var scenario in run.Scenarios)
        {
            foreach (var evidence in scenario.Evidence)
            {
                var metric = evidence.GetProperty("metric").GetString()!;
                measured[($"{scenario.Uri} {scenario.Name}", metric)] = (evidence.GetProperty("value").GetDouble(), evidence.GetProperty("limit").GetDouble(), evidence.GetProperty("verdict").GetString()!);
            }
        }

        return measured;
    }

    private static string Short(string scenario) => scenario.Length <= 58 ? scenario : scenario[..57] + "…";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
