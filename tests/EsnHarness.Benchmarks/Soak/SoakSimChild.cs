using System.Diagnostics;
using System.Globalization;
using EsnHarness.Cli;

namespace EsnHarness.Benchmarks.Soak;

/// <summary>
/// The soak's server process: <c>esn sim</c> run through the CLI's own command line (as the catalogue benchmark runs
/// <c>esn run</c>), plus one thing the real <c>esn</c> cannot give from outside: its managed heap. A line <c>stats</c> on
/// standard input is answered with <see cref="StatsPrefix"/> and the heap after a full blocking collection, the working
/// set, the thread count and how many of those threads are the thread pool's; the end of standard input stops the simulator.
/// </summary>
internal static class SoakSimChild
{
    public const string Mode = "soak-sim-child";
    public const string StatsPrefix = "soak-stats ";

    public static async Task<int> RunAsync(string[] args)
    {
        using var stop = new CancellationTokenSource();
        var console = CliConsole.FromProcess() with { Interactive = false };
        var sim = EsnCommandLine.InvokeAsync(["sim", .. args], console, stop.Token);
        string? line;
        while ((line = await Console.In.ReadLineAsync()) is not null)
        {
            if (line == "stats")
            {
                await Console.Out.WriteLineAsync(StatsPrefix + Snapshot());
                await Console.Out.FlushAsync();
            }
        }

        await stop.CancelAsync();
        return await sim;
    }

    private static string Snapshot()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var self = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{GC.GetTotalMemory(forceFullCollection: false)} {self.WorkingSet64} {self.Threads.Count} {ThreadPool.ThreadCount}");
    }
}
