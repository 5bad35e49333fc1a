using System.Diagnostics;
using System.Globalization;
using EsnHarness.Benchmarks.Support;
using EsnHarness.Cli;

namespace EsnHarness.Benchmarks.Catalogue;

/// <summary>
/// Issue 11: times <c>esn mutate</c> on the reference profile beside the clean catalogue (<c>esn run</c> of the same
/// selection), both in this process and in the same run, and prints the ratio against the goal of 10x; mutate's own clean
/// pass and its kill-matrix summary are printed too. Options: --tags EXPR, --passes N, --limit SECONDS (deadline for the
/// mutation run, default 3600).
/// </summary>
public static class MutationBenchmark
{
    private const double Goal = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var root = ProcessRunner.RepositoryRoot();
        var limit = TimeSpan.FromSeconds(Option(args, "--limit") is { } l ? double.Parse(l, CultureInfo.InvariantCulture) : 3600);
        var selection = Option(args, "--tags") is { } tags ? new[] { "--tags", tags } : [];
        if (await InProcessEsn.RunAsync(root, "mutation-clean", selection, TimeSpan.FromSeconds(900)) is not { } clean)
        {
            return 1;
        }

        var output = Path.Combine(Path.GetTempPath(), $"esn-mutation-{Environment.ProcessId}.json");
        string[] arguments = ["mutate", "--config", Path.Combine(root, "esn.json"), "--output", output, .. selection,
            .. Option(args, "--passes") is { } passes ? new[] { "--passes", passes } : []];
        var log = new StringWriter();
        var console = CliConsole.FromProcess() with { Output = log, Error = log, WorkingDirectory = root, Interactive = false };
        using var deadline = new CancellationTokenSource(limit);
        var clock = Stopwatch.StartNew();
        int exitCode;
        try
        {
            exitCode = await EsnCommandLine.InvokeAsync(arguments, console, deadline.Token).WaitAsync(limit + TimeSpan.FromSeconds(30));
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            Console.WriteLine($"mutate: did not finish within {limit.TotalSeconds:0} s; last output:\n{InProcessEsn.Tail(log.ToString(), 20)}");
            return 1;
        }
        finally
        {
            File.Delete(output);
        }

        var mutate = clock.Elapsed;
        foreach (var line in log.ToString().Split('\n').Where(Summary))
        {
            Console.WriteLine(line.TrimEnd());
        }

        var ratio = mutate / clean.Elapsed;
        Console.WriteLine($"{"",-24} {"wall time",12} {"ratio",8}");
        Console.WriteLine($"{"esn run (clean)",-24} {clean.Elapsed.TotalSeconds,10:0.0} s {1,7:0.0}x   exit code {clean.ExitCode}, {clean.Scenarios.Count} scenarios");
        Console.WriteLine($"{"esn mutate",-24} {mutate.TotalSeconds,10:0.0} s {ratio,7:0.0}x   exit code {exitCode}");
        Console.WriteLine($"mutation: {ratio:0.0}x the clean catalogue measured in this run: {(ratio <= Goal ? "within" : "OVER")} the goal of {Goal:0}x");
        return ratio <= Goal && exitCode == 0 ? 0 : 1;
    }

    private static bool Summary(string line) =>
        line.StartsWith("  clean:", StringComparison.Ordinal) || line.StartsWith("defects caught", StringComparison.Ordinal)
        || line.StartsWith("scenarios catching", StringComparison.Ordinal) || line.StartsWith("wall time", StringComparison.Ordinal)
        || line.Contains("SURVIVED", StringComparison.Ordinal) || line.StartsWith("  catches none", StringComparison.Ordinal)
        || line.StartsWith("PASSED", StringComparison.Ordinal) || line.StartsWith("NOT PASSED", StringComparison.Ordinal);

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
