using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// Harness-added access time: PTT press at the simulated terminal to Floor Granted observed there, through the
/// device simulator, the MCX simulator and back, with zero modelled delay (place "ideal-lab"). Goal: p95 ≤ 5 ms,
/// next to the KPI1 limit of 300 ms it must leave room for.
/// </summary>
internal static class AccessTimeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var presses = Stats.Quick(args) ? 100 : 1_000;
        await using var bench = await BenchScenario.StartAsync();
        await bench.GroupAsync("G");
        await bench.PowerOnAsync("a");
        await bench.PowerOnAsync("b");
        await bench.AffiliateAsync("a", "G", select: true);
        await bench.AffiliateAsync("b", "G", select: true);
        using var events = new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = "a" }, bench.Headers));

        var samples = new List<double>();
        var work = new ProcessWork();
        for (var i = 0; i < presses + 20; i++)
        {
            if (i == 20)
            {
                work.Start();
            }

            var press = await bench.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, bench.Headers);
            var granted = await events.NextAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "Floor Granted");
            if (i >= 20)
            {
                samples.Add((granted.ObservedAt.ToDateTimeOffset() - press.At.ToDateTimeOffset()).TotalMilliseconds);
            }

            await bench.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a" }, bench.Headers);
            await events.NextAsync(e => e.FloorState?.To == "HasNoPermission", "floor released");
        }

        var (items, bytes, cpu) = work.Per(presses);
        var p95 = Stats.Percentile(samples, 95);
        Console.WriteLine($"sim-access: {presses} PTT presses, zero modelled delay, device sim -> MCX sim over gRPC on 127.0.0.1");
        Console.WriteLine($"  access time p50 {Stats.Percentile(samples, 50),7:F2} ms  p95 {p95,7:F2} ms  max {samples.Max(),7:F2} ms");
        Console.WriteLine($"  per press and release, in this process (driver and simulators): {items:F1} thread-pool work items, {bytes / 1024:F1} KiB allocated, {cpu.TotalMicroseconds:F0} us CPU (not wall clock: steadier than the times on a loaded machine)");
        Console.WriteLine($"  goal p95 <= 5 ms: {Stats.Verdict(p95 <= 5)} (KPI1 limit it must leave room for: 300 ms)");
        return 0;
    }
}
