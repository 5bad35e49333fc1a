using EsnHarness.Benchmarks.Support;

namespace EsnHarness.Benchmarks.Runner;

/// <summary>
/// Issue 2's speed goal: the same synthetic suite (2,000 scenarios x 5 steps, NDJSON on) through <c>esn run</c> and through
/// cucumber-js 12 (installed from npm into the work folder), end to end, in the same run. <c>esn run</c> is timed twice: as
/// <c>dotnet build</c> leaves it in src/EsnHarness.Cli/bin (what <c>dotnet run --project src/EsnHarness.Cli</c> runs; a
/// Release build is ReadyToRun for this machine, see src/EsnHarness.Cli/ReadyToRun.targets) and as shipped
/// (<c>dotnet publish -r RID</c>). Prints the wall times and the ratios.
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

        var published = await PublishCliAsync(work);
        var bindings = typeof(TrivialSteps).Assembly.Location;
        string[] EsnArguments(string cli) =>
            [cli, "run", "--features", Path.Combine(work, "features"), "--bindings", bindings, "--format", $"message:{Path.Combine(work, "esn.ndjson")}"];
        var contestants = new (string Name, string FileName, string[] Arguments)[]
        {
            ("esn run (build)", "dotnet", EsnArguments(BuiltCli())),
            ("esn run (published)", "dotnet", EsnArguments(Path.Combine(published, "EsnHarness.Cli.dll"))),
            ("cucumber-js", "node", [Path.Combine(work, "node_modules", "@cucumber", "cucumber", "bin", "cucumber.js"), "--format", $"message:{Path.Combine(work, "cucumber-js.ndjson")}", "features/**/*.feature", "--require", "features/step_definitions/steps.js"]),
        };

        // One warm-up of each (JIT and disk caches), then three timed runs each, alternating; the median counts.
        foreach (var (name, fileName, arguments) in contestants)
        {
            await TimeAsync(name, fileName, arguments, work);
        }

        var times = contestants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < contestants.Length; i++)
            {
                times[i].Add(await TimeAsync(contestants[i].Name, contestants[i].FileName, contestants[i].Arguments, work));
            }
        }

        var js = Median(times[^1]);
        Console.WriteLine($"runner benchmark: {scenarios} scenarios x 5 steps, NDJSON on, median of 3 end-to-end runs");
        for (var i = 0; i < contestants.Length; i++)
        {
            Console.WriteLine($"  {contestants[i].Name,-20} {Median(times[i]),8:F0} ms   (runs: {string.Join(", ", times[i].Select(t => t.ToString("F0")))})");
        }

        for (var i = 0; i < contestants.Length - 1; i++)
        {
            Console.WriteLine($"  ratio, {contestants[i].Name,-20} {js / Median(times[i]),5:F2}x faster than cucumber-js (goal: at least 2x)");
        }

        return 0;
    }

    /// <summary>The CLI as its own build left it, in the configuration this benchmark was built in (which built it).</summary>
    private static string BuiltCli()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release"; // bin/<configuration>/<tfm>/
        var cli = Path.Combine(ProcessRunner.RepositoryRoot(), "src", "EsnHarness.Cli", "bin", configuration, "net10.0", "EsnHarness.Cli.dll");
        return File.Exists(cli) ? cli : throw new InvalidOperationException($"{cli} not found: build src/EsnHarness.Cli -c {configuration}");
    }

    /// <summary>Publishes the CLI for this machine's runtime identifier (ReadyToRun, as shipped) into the work folder.</summary>
    private static async Task<string> PublishCliAsync(string work)
    {
        var output = Path.Combine(work, "esn-published");
        var project = Path.Combine(ProcessRunner.RepositoryRoot(), "src", "EsnHarness.Cli", "EsnHarness.Cli.csproj");
        var (exitCode, _, log) = await ProcessRunner.RunAsync("dotnet", ["publish", project, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-o", output], work, TimeSpan.FromMinutes(10));
        if (exitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish of the CLI failed: " + log[^Math.Min(log.Length, 2000)..]);
        }

        return output;
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
