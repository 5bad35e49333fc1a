using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

[Parallelizable(ParallelScope.All)]
public sealed class WatchTerminalsTests
{
    [Test]
    public async Task WatchTerminals_TwoTerminals_CurrentConditionsThenEachChangeNamedByTerminal()
    {
        var s = HostSetup.NewScenario();
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u1", PlaceId = "surface-street" }, s.Headers);
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u2", PlaceId = "surface-street" }, s.Headers);
        using var watch = s.Network.WatchTerminals(s.Headers);
        await watch.RequestStream.WriteAsync(new WatchTerminalsRequest { Watch = { "u1", "u2" } });
        var reader = new BatchReader<LinkConditionsBatch>(watch.ResponseStream);
        await reader.UntilAsync(r => r.Sum(b => b.Conditions.Count) == 2, "both terminals' current conditions");

        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u2", PlaceId = "tube-tunnel-northern-line" }, s.Headers);
        var read = await reader.UntilAsync(r => r.Sum(b => b.Conditions.Count) == 3, "u2's change");

        var all = read.SelectMany(b => b.Conditions).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Take(2).Select(c => c.TerminalId), Is.EquivalentTo(new[] { "u1", "u2" }));
            Assert.That(all[2].TerminalId, Is.EqualTo("u2"));
            Assert.That(all[2].PlaceId, Is.EqualTo("tube-tunnel-northern-line"));
            Assert.That(all[2].Version, Is.GreaterThan(all.First(c => c.TerminalId == "u2").Version));
        });
    }

    [Test]
    public async Task WatchTerminals_UnknownAndUnwatched_RejectedAndNoMoreChanges()
    {
        var s = HostSetup.NewScenario();
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u1", PlaceId = "surface-street" }, s.Headers);
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u2", PlaceId = "surface-street" }, s.Headers);
        using var watch = s.Network.WatchTerminals(s.Headers);
        await watch.RequestStream.WriteAsync(new WatchTerminalsRequest { Watch = { "ghost", "u1", "u2" } });
        var reader = new BatchReader<LinkConditionsBatch>(watch.ResponseStream);
        await reader.UntilAsync(r => r.Sum(b => b.Conditions.Count) == 2 && r.Any(b => b.Rejected.Count > 0), "current conditions and the rejection");
        await watch.RequestStream.WriteAsync(new WatchTerminalsRequest { Unwatch = { "u1" } });
        await watch.RequestStream.WriteAsync(new WatchTerminalsRequest { Watch = { "marker" } });
        await reader.UntilAsync(r => r.Sum(b => b.Rejected.Count) == 2, "the marker's rejection (requests are processed in order)");

        // u1 moves first but is no longer watched; u2's later move shows the stream went on past it.
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u1", PlaceId = "tube-tunnel-northern-line" }, s.Headers);
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "u2", PlaceId = "tube-tunnel-northern-line" }, s.Headers);
        var read = await reader.UntilAsync(r => r.SelectMany(b => b.Conditions).Any(c => c.TerminalId == "u2" && c.PlaceId == "tube-tunnel-northern-line"), "u2's change");

        var rejected = read.SelectMany(b => b.Rejected).First();
        Assert.Multiple(() =>
        {
            Assert.That(rejected.TerminalId, Is.EqualTo("ghost"));
            Assert.That(rejected.Reason, Does.Contain("terminal_id 'ghost' is not attached"));
            Assert.That(read.SelectMany(b => b.Conditions).Where(c => c.TerminalId == "u1" && c.PlaceId == "tube-tunnel-northern-line"), Is.Empty);
        });
    }
}
