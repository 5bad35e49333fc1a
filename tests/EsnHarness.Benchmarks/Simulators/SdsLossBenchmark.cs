using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators;

namespace EsnHarness.Benchmarks.Simulators;

/// <summary>
/// SDS exactly-once: messages from one terminal to another over a link with 5 % modelled loss each way (and 1 %
/// duplication); every message must reach the recipient's application once: 0 lost, 0 duplicated.
/// </summary>
internal static class SdsLossBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Stats.Quick(args) ? 1_000 : 10_000;
        await using var bench = await BenchScenario.StartAsync(new SimulatorHostOptions { SdsRetransmitInterval = TimeSpan.FromMilliseconds(50), SdsMaxAttempts = 60 });
        await bench.Network.PutPlaceAsync(new PutPlaceRequest
        {
            Place = new Place
            {
                PlaceId = "lossy", Name = "5 % loss", Coverage = CoverageType.Surface, CellId = "CELL-WHITEHALL-1",
                Link = new LinkProfile { LossRatio = 0.05, DuplicateRatio = 0.01 },
            },
        }, bench.Headers);
        await bench.GroupAsync("G");
        await bench.PowerOnAsync("tx", "lossy");
        await bench.PowerOnAsync("rx", "lossy");
        using var events = new DeviceEvents(bench.Devices.Observe(new ObserveRequest { DeviceId = "rx" }, bench.Headers));

        var started = DateTime.UtcNow;
        var transmissions = 0L;
        using var gate = new SemaphoreSlim(64);
        var sends = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var r = await bench.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "tx", TargetMcpttId = "sip:rx@esn", Text = $"m{i}" }, bench.Headers);
                Interlocked.Add(ref transmissions, r.Transmissions);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(sends);
        var seen = new HashSet<string>();
        var duplicates = 0;
        while (seen.Count < count)
        {
            var e = await events.NextAsync(x => x.Message is not null, $"message {seen.Count + 1} of {count}", TimeSpan.FromSeconds(60));
            duplicates += seen.Add(e.Message.Message.Payload.ToStringUtf8()) ? 0 : 1;
        }

        var inbox = await bench.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "rx" }, bench.Headers);
        var discarded = inbox.Messages.Sum(m => m.DuplicatesDiscarded);
        var lost = count - inbox.Messages.Select(m => m.Message.Payload.ToStringUtf8()).Distinct().Count();
        var appDuplicates = inbox.Messages.Count - count + lost + duplicates;
        Console.WriteLine($"sim-sds: {count} SDS one-to-one, 5 % loss each way + 1 % duplication, in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        Console.WriteLine($"  uplink transmissions {transmissions} ({(double)transmissions / count:F3} per message); copies discarded by the terminal {discarded}");
        Console.WriteLine($"  lost {lost}, duplicated to the application {appDuplicates}: goal 0 / 0: {Stats.Verdict(lost == 0 && appDuplicates == 0)}");
        return lost == 0 && appDuplicates == 0 ? 0 : 1;
    }
}
