using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Internal.Worlds;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>The downlink's last hop on a fake clock: events arrive in order at their modelled instant, at once on an ideal
/// link, never after the terminal is off, and one the terminal fails on does not stop the next.</summary>
public sealed class DeviceArrivalsTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-05T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Receive_WithModelledLatency_HandsEventsOnInOrderAtTheirDueInstants()
    {
        await using var link = await Link.OpenAsync(latencyMs: 50);

        link.Arrivals.Receive(Floor("first"));
        link.Time.Advance(TimeSpan.FromMilliseconds(10));
        link.Arrivals.Receive(Floor("second"));
        link.Time.Advance(TimeSpan.FromMilliseconds(39));
        var beforeDue = link.Handed.Count;
        link.Time.Advance(TimeSpan.FromMilliseconds(1));
        var atFirst = link.Handed.Select(h => h.Event.Floor.CallId).ToList();
        link.Time.Advance(TimeSpan.FromMilliseconds(10));

        Assert.Multiple(() =>
        {
            Assert.That(beforeDue, Is.Zero, "nothing arrives before the link's latency has passed");
            Assert.That(atFirst, Is.EqualTo(new[] { "first" }));
            Assert.That(link.Handed.Select(h => h.Event.Floor.CallId), Is.EqualTo(new[] { "first", "second" }));
            Assert.That(link.Handed.Select(h => h.Arrival), Is.EqualTo(new DateTimeOffset?[] { Start.AddMilliseconds(50), Start.AddMilliseconds(60) }),
                "each is stamped with its modelled arrival");
            Assert.That(link.Handed.Select(h => h.Delay), Is.All.EqualTo(TimeSpan.FromMilliseconds(50)));
        });
    }

    [Test]
    public async Task Receive_OnAnIdealLink_HandsTheEventOnAtOnceUnstamped()
    {
        await using var link = await Link.OpenAsync(latencyMs: 0);

        link.Arrivals.Receive(Floor("now"));

        Assert.That(link.Handed.Select(h => (h.Event.Floor.CallId, h.Arrival)), Is.EqualTo(new[] { ("now", (DateTimeOffset?)null) }),
            "no clock advance needed; the terminal stamps it when it observes it");
    }

    [Test]
    public async Task Stop_EventsStillOnTheirWay_AreNeverHandedOn()
    {
        await using var link = await Link.OpenAsync(latencyMs: 50);
        link.Arrivals.Receive(Floor("lost"));

        link.Arrivals.Stop();
        link.Time.Advance(TimeSpan.FromSeconds(1));
        link.Arrivals.Receive(Floor("after power-off"));
        link.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.That(link.Handed, Is.Empty);
    }

    [Test]
    public async Task Receive_AnEventTheTerminalFailsOn_TheNextStillArrives()
    {
        await using var link = await Link.OpenAsync(latencyMs: 50, failOn: "bad");

        link.Arrivals.Receive(Floor("bad"));
        link.Arrivals.Receive(Floor("good"));
        link.Time.Advance(TimeSpan.FromMilliseconds(50));

        Assert.That(link.Handed.Select(h => h.Event.Floor.CallId), Is.EqualTo(new[] { "bad", "good" }));
    }

    private static McxEvent Floor(string callId) => new() { Floor = new FloorEvent { CallId = callId, Kind = FloorEventKind.Taken } };

    private sealed class Link : IAsyncDisposable
    {
        private readonly WorldScope _scope;

        private Link(WorldScope scope, FakeTimeProvider time, DeviceArrivals arrivals, List<(McxEvent Event, TimeSpan Delay, DateTimeOffset? Arrival)> handed)
        {
            (_scope, Time, Arrivals, Handed) = (scope, time, arrivals, handed);
        }

        public FakeTimeProvider Time { get; }

        public DeviceArrivals Arrivals { get; }

        public List<(McxEvent Event, TimeSpan Delay, DateTimeOffset? Arrival)> Handed { get; }

        public static Task<Link> OpenAsync(double latencyMs, string failOn = "")
        {
            var time = new FakeTimeProvider(Start);
            var scope = new WorldScope("ns", "device", DefectSet.Of([]), time, NullLogger.Instance);
            var life = new DeviceLife(scope, "t1");
            life.Begin();
            var radio = new RadioLink("t1", new Random(1), time);
            radio.Reset(new LinkConditions { InService = true, Link = new LinkProfile { LatencyMs = latencyMs } });
            var handed = new List<(McxEvent Event, TimeSpan Delay, DateTimeOffset? Arrival)>();
            var arrivals = new DeviceArrivals("t1", radio, life, time, (e, delay, arrival) =>
            {
                handed.Add((e, delay, arrival));
                if (e.Floor?.CallId == failOn)
                {
                    throw new InvalidOperationException("the terminal fails on this event");
                }
            }, _ => { }, NullLogger.Instance);
            arrivals.Start();
            return Task.FromResult(new Link(scope, time, arrivals, handed));
        }

        public ValueTask DisposeAsync()
        {
            Arrivals.Stop();
            return _scope.DisposeAsync();
        }
    }
}
