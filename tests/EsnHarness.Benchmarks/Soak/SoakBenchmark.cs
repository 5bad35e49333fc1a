using System.Diagnostics;
using System.Globalization;
using EsnHarness.Benchmarks.Simulators;
using Grpc.Net.Client;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>
/// Issue 13's soak: short scenarios (<see cref="SoakScenario"/>), each in its own namespace and closed at its end, run
/// against one <c>esn sim</c> process on 127.0.0.1, printing the process's managed heap, working set and thread count
/// and the access-time p95 at every tenth of the run, and whether the end stays within 10 % of the start.
/// Threads are judged without the thread pool's, which grows on demand (see the printed line). The first fifth of the run is warm-up (JIT, connection and array pools, the thread pool filling to esn's minimum of 64
/// threads); the start is the first reading after it. Options: --scenarios N (default 10,000, the issue's count;
/// --quick 1,000), --workers N (scenarios at once, default 2), --limit SECONDS (deadline, default 900: no new scenario
/// starts past it, and the run is reported as incomplete).
/// </summary>
internal static class SoakBenchmark
{
    private const double Tolerance = 0.10;

    public static async Task<int> RunAsync(string[] args)
    {
        var total = Option(args, "--scenarios") ?? (Stats.Quick(args) ? 1_000 : 10_000);
        var workers = Math.Max(1, Option(args, "--workers") ?? 2);
        var limit = TimeSpan.FromSeconds(Option(args, "--limit") ?? 900);
        var warmUp = total / 5;
        var step = Math.Max(1, (total - warmUp) / 10);

        var (sim, address) = await SoakSimProcess.StartAsync();
        await using (sim)
        {
            using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
            var scenario = new SoakScenario(channel);
            Console.WriteLine($"soak: {total:N0} scenarios ({warmUp} warm-up), {workers} at a time, against one esn sim (pid {sim.ProcessId}) at {address}; load average {LoadAverage()}");
            var run = new SoakRun(scenario, workers, Stopwatch.StartNew(), limit);
            await run.RunAsync(0, warmUp);
            var rows = new List<SoakCheckpoint>();
            for (var done = warmUp; done < total && !run.PastLimit;)
            {
                var next = Math.Min(total, done + step);
                var window = await run.RunAsync(done, next);
                done = run.Completed;
                rows.Add(new SoakCheckpoint(done, run.Elapsed, await sim.SampleAsync(), Stats.Percentile(window, 95)));
                Console.WriteLine(rows[^1].Format());
            }

            return Report(rows, run, sim.Problems, total);
        }
    }

    private static int Report(List<SoakCheckpoint> rows, SoakRun run, IReadOnlyList<string> problems, int total)
    {
        if (rows.Count < 2)
        {
            Console.WriteLine($"soak: too few scenarios for a start and an end ({run.Completed} ran)");
            return 1;
        }

        Console.WriteLine($"{"",-18} {"start",12} {"end",12} {"change",8} {"peak",12}  goal: end within +10 % of start");
        var flat = new[]
        {
            Line("managed heap (MB)", rows, r => r.Sample.HeapBytes / 1e6),
            Line("working set (MB)", rows, r => r.Sample.WorkingSetBytes / 1e6),
            Line("threads, not pool", rows, r => r.Sample.OtherThreads),
            Line("access p95 (ms)", rows, r => r.AccessP95),
        }.All(ok => ok);
        var (first, last) = (rows[0].Sample, rows[^1].Sample);
        Console.WriteLine($"{"threads, all",-18} {first.Threads,12:N2} {last.Threads,12:N2} {(last.Threads - first.Threads) / (double)first.Threads,8:+0.0 %;-0.0 %} {rows.Max(r => r.Sample.Threads),12:N2}  (pool {first.PoolThreads} -> {last.PoolThreads}: it adds threads on demand up to esn's minimum of 64 without delay, so its size follows bursts of work, not the number of scenarios)");
        Console.WriteLine($"  worlds released per scenario close: {string.Join(", ", run.WorldsClosed.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key} in {kv.Value:N0} scenarios"))}");
        foreach (var problem in problems.Take(10))
        {
            Console.WriteLine($"  esn sim logged: {problem}");
        }

        var complete = run.Completed == total && run.Failures.Count == 0;
        foreach (var failure in run.Failures.Take(5))
        {
            Console.WriteLine($"  scenario failed: {failure}");
        }

        Console.WriteLine($"soak: {run.Completed:N0} of {total:N0} scenarios in {run.Elapsed.TotalSeconds:0} s, {run.Failures.Count} failed, {problems.Count} warnings/errors logged; load average {LoadAverage()}: {Stats.Verdict(flat && complete)} (flat within 10 %, every scenario passed)");
        return flat && complete ? 0 : 1;
    }

    private static bool Line(string what, List<SoakCheckpoint> rows, Func<SoakCheckpoint, double> figure)
    {
        var (start, end) = (figure(rows[0]), figure(rows[^1]));
        var ok = end <= start * (1 + Tolerance);
        Console.WriteLine($"{what,-18} {start,12:N2} {end,12:N2} {(end - start) / start,8:+0.0 %;-0.0 %} {rows.Max(figure),12:N2}  {Stats.Verdict(ok)}");
        return ok;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static int? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : null;
    }
}
