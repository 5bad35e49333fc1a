using System.Diagnostics;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// Fleet scale in one simulator process: terminals powered on (network attach, MCX registration, downlink and
/// link-watch streams) and affiliated, groups of 1,000; then one voice burst to a 1,000-member group with the
/// harness-added latency (receive − send − modelled delay) at every receiver. Goals: 50,000 terminals in ≤ 60 s and
/// ≤ 2 GiB; burst p95 ≤ 50 ms.
/// </summary>
internal static class FleetBenchmark
{
    private static Task ForEachAsync(int count, int inFlight, Func<int, Task> body)
    {
        var gate = new SemaphoreSlim(inFlight);
        return Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await body(i);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = Stats.Quick(args);
        var terminals = quick ? 2_000 : 50_000;
        var groupSize = quick ? 200 : 1_000;
        const int Frames = 25;
        await using var bench = await BenchScenario.StartAsync();
        for (var g = 0; g < terminals / groupSize; g++)
        {
            await bench.GroupAsync($"G{g}");
        }

        var fullUe = args.Contains("--full-ue", StringComparer.OrdinalIgnoreCase);
        var clock = Stopwatch.StartNew();
        var ues = fullUe ? terminals : groupSize;
        await ForEachAsync(ues, 128, async i =>
        {
            await bench.PowerOnAsync($"t{i}");
            await bench.AffiliateAsync($"t{i}", $"G{i / groupSize}", select: i == 0);
        });
        var ueTime = clock.Elapsed;
        await ForEachAsync(terminals - ues, 256, async k =>
        {
            var i = ues + k;
            await bench.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = $"sip:t{i}@esn", Agency = Agency.Las } }, bench.Headers);
            await bench.Mcx.AffiliateAsync(new AffiliationRequest { McpttId = $"sip:t{i}@esn", GroupId = $"G{i / groupSize}" }, bench.Headers);
        });
        var fleetTime = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;

        // Every member receives the burst; the figures are read from a spread sample of receivers, so that reading
        // them (a second gRPC stream per receiver) does not compete with the fan-out being measured.
        var sampled = Math.Min(100, groupSize - 1);
        var receivers = Enumerable.Range(0, sampled).Select(k => 1 + (k * (groupSize - 1) / sampled))
            .Select(i => new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = $"t{i}" }, bench.Headers))).ToList();
        using var talker = new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = "t0" }, bench.Headers));
        await bench.Devices.PressPttAsync(new PttRequest { DeviceId = "t0" }, bench.Headers);
        await talker.NextAsync(e => e.FloorState?.To == "HasPermission", "t0 granted", TimeSpan.FromSeconds(60));
        await bench.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "t0", FrameCount = Frames, FrameIntervalMs = 20 }, bench.Headers);
        var samples = new List<double>();
        var uplink = new List<double>();
        foreach (var r in receivers)
        {
            for (var f = 0; f < Frames; f++)
            {
                var e = await r.NextAsync(x => x.Media is not null, "voice frame", TimeSpan.FromSeconds(60));
                var latency = e.Media.ReceivedAt.ToDateTimeOffset() - e.Media.Packet.SentAt.ToDateTimeOffset();
                samples.Add(latency.TotalMilliseconds - (e.Media.ModelledDelayUs / 1000.0));
                uplink.Add((e.Media.Packet.ServerForwardedAt.ToDateTimeOffset() - e.Media.Packet.SentAt.ToDateTimeOffset()).TotalMilliseconds);
            }

            r.Dispose();
        }

        var p95 = Stats.Percentile(samples, 95);
        Console.WriteLine($"sim-fleet: {terminals:N0} registered + affiliated terminals in one process, groups of {groupSize:N0}:");
        Console.WriteLine($"  {ues:N0} full UE simulators (network attach, MCX register, downlink + link-watch streams, affiliate) in {ueTime.TotalSeconds:F1} s");
        Console.WriteLine($"  {terminals - ues:N0} MCX clients (register + affiliate over gRPC) in {(fleetTime - ueTime).TotalSeconds:F1} s{(fullUe ? "" : "  (--full-ue makes all of them full UEs)")}");
        Console.WriteLine($"  fleet up in {fleetTime.TotalSeconds,6:F1} s (goal <= 60 s: {Stats.Verdict(fleetTime.TotalSeconds <= 60)})");
        Console.WriteLine($"  memory: peak working set {peak / 1048576.0,7:N0} MiB, managed heap {heap / 1048576.0,7:N0} MiB (goal <= 2048 MiB: {Stats.Verdict(peak <= 2L << 30)})");
        Console.WriteLine($"  voice burst {Frames} frames paced 20 ms to {groupSize - 1:N0} receivers ({sampled} sampled): {samples.Count:N0} frames, harness-added latency p50 {Stats.Percentile(samples, 50):F1} ms p95 {p95:F1} ms (goal <= 50 ms: {Stats.Verdict(p95 <= 50)})");
        Console.WriteLine($"    of which talker -> MCX relay p95 {Stats.Percentile(uplink, 95):F1} ms; the rest is the fan-out to {groupSize - 1:N0} terminal downlinks");
        return 0;
    }
}
