using System.Diagnostics;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// Fleet scale in one simulator process: every terminal a full device simulator (network attach, MCX registration,
/// downlink and link watch, affiliation to a group of 1,000) driven through the gRPC contracts; then one voice burst
/// to a 1,000-member group with the harness-added latency (receipt − spoken − modelled network and codec delay) at every receiver.
/// Goals (issue #3): 50,000 terminals in ≤ 60 s and ≤ 2 GiB; burst p95 ≤ 50 ms.
/// Options: --quick (5,000 terminals), --terminals N, --group N.
/// </summary>
internal static class FleetBenchmark
{
    private const int Frames = 25;

    /// <summary>The talker stamps a frame with the instant its first sample was spoken, which is the codec's framing and
    /// look-ahead before it is sent (the reference voice model, 20 ms frames): modelled, like the network's delay, so left
    /// out of the harness-added latency.</summary>
    private static readonly TimeSpan CodecDelay = new VoiceModelOptions().AlgorithmicDelay(TimeSpan.FromMilliseconds(20));

    public static async Task<int> RunAsync(string[] args)
    {
        var terminals = Option(args, "--terminals") ?? (Stats.Quick(args) ? 5_000 : 50_000);
        var groupSize = Math.Min(Option(args, "--group") ?? 1_000, terminals);
        await using var bench = await BenchScenario.StartAsync();
        for (var g = 0; g < (terminals + groupSize - 1) / groupSize; g++)
        {
            await bench.GroupAsync($"G{g}");
        }

        var clock = Stopwatch.StartNew();
        await ForEachAsync(terminals, 128, async i =>
        {
            await bench.PowerOnAsync($"t{i}");
            await bench.AffiliateAsync($"t{i}", $"G{i / groupSize}", select: i == 0);
        });
        var fleetTime = clock.Elapsed;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;

        var (samples, uplink, missing, cpu) = await BurstAsync(bench, groupSize, process);
        var p95 = Stats.Percentile(samples, 95);
        Console.WriteLine($"sim-fleet: {terminals:N0} full device simulators (network attach, MCX register, downlink, link watch, affiliate) in one process, groups of {groupSize:N0}");
        Console.WriteLine($"  fleet up in      {fleetTime.TotalSeconds,8:F1} s    goal <=   60 s      {Stats.Verdict(fleetTime.TotalSeconds <= 60)}");
        Console.WriteLine($"  peak memory      {peak / 1048576.0,8:N0} MiB  goal <= 2,048 MiB  {Stats.Verdict(peak <= 2L << 30)}  (working set of simulator + driver; managed heap after the fleet is up {heap / 1048576.0:N0} MiB)");
        Console.WriteLine($"  voice burst of {Frames} frames paced 20 ms to all {groupSize - 1:N0} receivers: {samples.Count:N0} frames received, {missing:N0} missing");
        Console.WriteLine($"  harness-added    p50 {Stats.Percentile(samples, 50),6:F1} ms  p95 {p95,6:F1} ms  max {Stats.Percentile(samples, 100),6:F1} ms    goal p95 <= 50 ms  {Stats.Verdict(p95 <= 50 && missing == 0)}");
        Console.WriteLine($"    of which talker -> MCX relay p95 {Stats.Percentile(uplink, 95):F1} ms; the rest is the fan-out to {groupSize - 1:N0} terminal downlinks");
        Console.WriteLine($"  CPU time of the simulators from PTT press to the last frame sent: {cpu.TotalMilliseconds:N0} ms for {Frames} frames x {groupSize - 1:N0} receivers");
        Console.WriteLine($"  machine: {Environment.ProcessorCount} cores, load average {Load()} (wall-clock latency includes waiting for a core)");
        return 0;
    }

    /// <summary>
    /// Talker t0 sends a burst to its group. Each receiver stamps a frame when its device simulator processes it; the
    /// stamps are read afterwards from every receiver's buffered events, so reading does not compete with the fan-out.
    /// </summary>
    private static async Task<(List<double> Samples, List<double> Uplink, int Missing, TimeSpan Cpu)> BurstAsync(BenchScenario bench, int groupSize, Process process)
    {
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        using (var talker = new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = "t0" }, bench.Headers)))
        {
            await bench.Devices.PressPttAsync(new PttRequest { DeviceId = "t0" }, bench.Headers);
            await talker.NextAsync(e => e.FloorState?.To == "HasPermission", "t0 granted", TimeSpan.FromSeconds(60));
            await bench.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "t0", FrameCount = Frames, FrameIntervalMs = 20 }, bench.Headers);
        }

        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;

        var samples = new List<double>();
        var uplink = new List<double>();
        var missing = 0;
        var gate = new Lock();
        await ForEachAsync(groupSize - 1, 16, async k =>
        {
            using var receiver = new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = $"t{k + 1}" }, bench.Headers));
            for (var f = 0; f < Frames; f++)
            {
                DeviceEvent e;
                try
                {
                    e = await receiver.NextAsync(x => x.Media is not null, "voice frame", TimeSpan.FromSeconds(10));
                }
                catch (TimeoutException)
                {
                    lock (gate)
                    {
                        missing += Frames - f;
                    }

                    return;
                }

                var latency = e.Media.ReceivedAt.ToDateTimeOffset() - e.Media.Packet.SentAt.ToDateTimeOffset();
                lock (gate)
                {
                    samples.Add(latency.TotalMilliseconds - (e.Media.ModelledDelayUs / 1000.0) - CodecDelay.TotalMilliseconds);
                    uplink.Add((e.Media.Packet.ServerForwardedAt.ToDateTimeOffset() - e.Media.Packet.SentAt.ToDateTimeOffset() - CodecDelay).TotalMilliseconds);
                }
            }
        });
        return (samples, uplink, missing, cpu);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(" / ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1 / 5 / 15 min)" : "n/a";

    private static int? Option(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 1 ? value : null;
    }

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
}
