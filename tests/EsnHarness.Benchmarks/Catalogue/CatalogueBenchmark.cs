using System.Diagnostics;
using EsnHarness.Bdd;
using EsnHarness.Steps;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>
/// Times the whole London catalogue (features/) under the reference profile, as `esn run` would run it, and prints
/// the figure next to the 60 s budget of issue 5. Options: --quick (one run), --workers N, --tags EXPR, --verbose.
/// </summary>
public static class CatalogueBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        var workers = Option(args, "--workers") is { } w ? int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) : Math.Max(8, Environment.ProcessorCount * 8);
        var root = RepositoryRoot();
        var options = new GherkinRunOptions
        {
            FeaturePaths = [Path.Combine(root, "features")],
            BaseDirectory = root,
            BindingAssemblies = [typeof(EsnTarget).Assembly],
            Tags = Option(args, "--tags"),
            Workers = workers,
        };

        var clock = Stopwatch.StartNew();
        var summary = await new GherkinRunner().RunAsync(options, []);
        clock.Stop();

        foreach (var group in summary.Results.GroupBy(r => r.Pickle.Uri.Split('/')[1]).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{group.Key,-14} {group.Count(r => r.Status == ScenarioStatus.Passed),3} / {group.Count(),3} passed");
        }

        if (args.Contains("--verbose"))
        {
            foreach (var failure in summary.Failures)
            {
                Console.WriteLine($"{failure.Status,-9} {failure.Pickle.Location} {failure.Pickle.DisplayName}\n          {failure.FailedStep}\n          {failure.Message?.Split('\n')[0]}");
            }
        }

        foreach (var error in summary.GlobalErrors.Concat(summary.ParseErrors.Select(p => p.ToString()!)))
        {
            Console.WriteLine($"error: {error}");
        }

        var passed = summary.Results.Count(r => r.Status == ScenarioStatus.Passed);
        Console.WriteLine($"catalogue: {summary.Results.Count} scenarios, {passed} passed, {workers} workers, wall time {clock.Elapsed.TotalSeconds:0.0} s (budget {Budget.TotalSeconds:0} s)");
        Console.WriteLine($"slowest: {string.Join(", ", summary.Results.OrderByDescending(r => r.Duration).Take(5).Select(r => $"{r.Pickle.DisplayName} {r.Duration.TotalSeconds:0.0} s"))}");
        return clock.Elapsed <= Budget ? 0 : 1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EsnHarness.sln not found above the benchmark.");
    }
}
