using EsnHarness.Benchmarks.Support;

namespace EsnHarness.Benchmarks.Runner;

/// <summary>
/// Issue 2's speed goal: the same synthetic suite (2,000 scenarios x 5 steps, NDJSON on) through <c>esn run</c> and through
/// cucumber-js 12 (installed from npm into the work folder), end to end, in the same run. Prints both wall times and the ratio.
/// </summary>
internal static class RunnerBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var scenarios = args.Contains("--quick") ? 200 : 2000;
        var work = Path.Combine(ProcessRunner.RepositoryRoot(), "tests", "EsnHarness.Benchmarks", "work", "runner");
        Directory.CreateDirectory(work);
        SyntheticSuite.Write(work, scenarios);
        await EnsureCucumberJsAsync(work);

        var cli = Path.Combine(AppContext.BaseDirectory, "EsnHarness.Cli.dll");
        var bindings = typeof(TrivialSteps).Assembly.Location;
        var esnArguments = new[] { cli, "run", "--features", Path.Combine(work, "features"), "--bindings", bindings, "--format", $"message:{Path.Combine(work, "esn.ndjson")}" };
        var jsArguments = new[] { Path.Combine(work, "node_modules", "@cucumber", "cucumber", "bin", "cucumber.js"), "--format", $"message:{Path.Combine(work, "cucumber-js.ndjson")}", "features/**/*.feature", "--require", "features/step_definitions/steps.js" };

        // One warm-up of each (JIT and disk caches), then three timed runs each, alternating; the median counts.
        await ProcessRunner.RunAsync("dotnet", esnArguments, work, TimeSpan.FromMinutes(5));
        await ProcessRunner.RunAsync("node", jsArguments, work, TimeSpan.FromMinutes(5));
        var esnTimes = new List<double>();
        var jsTimes = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            esnTimes.Add(await TimeAsync("esn run", "dotnet", esnArguments, work));
            jsTimes.Add(await TimeAsync("cucumber-js", "node", jsArguments, work));
        }

        var esn = Median(esnTimes);
        var js = Median(jsTimes);
        Console.WriteLine($"runner benchmark: {scenarios} scenarios x 5 steps, NDJSON on, median of 3 end-to-end runs");
        Console.WriteLine($"  esn run      {esn,8:F0} ms   (runs: {string.Join(", ", esnTimes.Select(t => t.ToString("F0")))})");
        Console.WriteLine($"  cucumber-js  {js,8:F0} ms   (runs: {string.Join(", ", jsTimes.Select(t => t.ToString("F0")))})");
        Console.WriteLine($"  ratio        {js / esn,8:F2}x faster (goal: at least 2x)");
        return 0;
    }

    private static async Task<double> TimeAsync(string name, string fileName, string[] arguments, string work)
    {
        var (exitCode, elapsed, output) = await ProcessRunner.RunAsync(fileName, arguments, work, TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{name} exited {exitCode}: {output[..Math.Min(output.Length, 2000)]}");
        }

        return elapsed.TotalMilliseconds;
    }

    private static async Task EnsureCucumberJsAsync(string work)
    {
        if (File.Exists(Path.Combine(work, "node_modules", "@cucumber", "cucumber", "package.json")))
        {
            return;
        }

        File.WriteAllText(Path.Combine(work, "package.json"), """{ "name": "esn-runner-benchmark", "private": true }""");
        var (exitCode, _, output) = await ProcessRunner.RunAsync("npm", ["install", "--no-audit", "--no-fund", "@cucumber/cucumber@12"], work, TimeSpan.FromMinutes(5));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("npm install @cucumber/cucumber@12 failed: " + output);
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
