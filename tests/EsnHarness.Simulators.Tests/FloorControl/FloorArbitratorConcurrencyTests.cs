using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorConcurrencyTests
{
    [Test]
    public void FloorRequest_ManyThreadsAtOnce_ExactlyOneTalkerAndEveryoneElseQueuedOnce()
    {
        const int Participants = 64;
        var names = Enumerable.Range(0, Participants).Select(i => $"p{i}").ToArray();
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), MaxQueueLength: Participants), names);

        var allFinished = RequestAllAtOnce(h, names);

        var granted = h.Output.Messages.Where(m => m.StartsWith("Granted", StringComparison.Ordinal)).ToList();
        var positions = h.Output.Messages
            .Where(m => m.StartsWith("Queue(", StringComparison.Ordinal))
            .Select(m => int.Parse(m[6..m.IndexOf(')', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToList();
        Assert.That(allFinished, Is.True, "every requesting thread finished");
        Assert.That(granted, Has.Count.EqualTo(1));
        Assert.That(granted[0], Does.EndWith($"->{h.Arbitrator.Talker}"));
        Assert.That(positions, Is.EqualTo(Enumerable.Range(1, Participants - 1)), "arrival order gives distinct positions 1..63");
        Assert.That(h.Arbitrator.QueueSnapshot, Has.Count.EqualTo(Participants - 1).And.Not.Contains(h.Arbitrator.Talker));
    }

    [Test]
    public void FloorRequest_SimultaneousRequestsRepeatedOnFreshCalls_NeverTwoGrants()
    {
        const int Rounds = 100;
        var names = new[] { "a", "b", "c", "d" };
        var grantsPerRound = new List<int>();

        for (var round = 0; round < Rounds; round++)
        {
            var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), QueueingEnabled: false), names);
            Assert.That(RequestAllAtOnce(h, names), Is.True, $"round {round} finished");
            grantsPerRound.Add(h.Output.Count("Granted"));
        }

        Assert.That(grantsPerRound, Is.All.EqualTo(1));
    }

    [Test]
    public void Outputs_ManyThreadsRequestAtOnce_CalledOneAtATimeUnderTheLock()
    {
        var names = Enumerable.Range(0, 16).Select(i => $"p{i}").ToArray();
        var output = new OverlapDetectingOutput();
        var arbitrator = new FloorArbitrator(new ArbitratorOptions(new FloorTimers(), MaxQueueLength: 4), new FakeTimeProvider(), output);
        arbitrator.Start(names);
        using var barrier = new Barrier(names.Length);

        var threads = names.Select(name => new Thread(() =>
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            for (var i = 0; i < 50; i++)
            {
                arbitrator.FloorRequest(name, Normal(i % 3));
                arbitrator.QueuePositionRequest(name);
                arbitrator.FloorRelease(name);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        var allFinished = threads.All(t => t.Join(TimeSpan.FromSeconds(20)));

        Assert.That(allFinished, Is.True);
        Assert.That(output.Calls, Is.GreaterThan(names.Length * 50));
        Assert.That(output.MaxConcurrentCalls, Is.EqualTo(1), "two outputs ran at the same time: the instance lock was not held");
    }

    private static bool RequestAllAtOnce(ArbitratorHarness h, string[] names)
    {
        using var barrier = new Barrier(names.Length);
        var threads = names.Select(name => new Thread(() =>
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            h.Arbitrator.FloorRequest(name, Normal());
        })).ToList();
        threads.ForEach(t => t.Start());
        return threads.All(t => t.Join(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void FloorRelease_RacingRequestsAndTimers_FloorNeverHasTwoTalkers()
    {
        const int Rounds = 200;
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), QueueingEnabled: false), "a", "b", "c", "d");
        var talkers = new List<string>();
        using var barrier = new Barrier(5);

        var workers = new[] { "a", "b", "c", "d" }.Select(name => new Thread(() =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(10));
                h.Arbitrator.FloorRequest(name, Normal());
                h.Arbitrator.MediaReceived(h.Arbitrator.Talker == name ? name : "a");
                h.Arbitrator.FloorRelease(name);
            }
        })).ToList();
        workers.ForEach(t => t.Start());
        for (var round = 0; round < Rounds; round++)
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            h.Time.Advance(TimeSpan.FromMilliseconds(700));
        }

        var allFinished = workers.All(t => t.Join(TimeSpan.FromSeconds(10)));

        Assert.That(allFinished, Is.True);
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle), "every talker released its floor");
        Assert.That(FindOverlappingGrant(h.Output.Messages), Is.Null);
    }

    /// <summary>A Granted to someone while another still holds the floor (no Idle or Granted to the holder between).</summary>
    private static string? FindOverlappingGrant(IReadOnlyList<string> messages)
    {
        string? holder = null;
        foreach (var message in messages)
        {
            if (message.StartsWith("Granted", StringComparison.Ordinal))
            {
                var to = message[(message.IndexOf("->", StringComparison.Ordinal) + 2)..];
                if (holder is not null && holder != to)
                {
                    return $"{message} while {holder} held the floor";
                }

                holder = to;
            }
            else if (message.StartsWith("Idle", StringComparison.Ordinal))
            {
                holder = null;
            }
        }

        return null;
    }
}
