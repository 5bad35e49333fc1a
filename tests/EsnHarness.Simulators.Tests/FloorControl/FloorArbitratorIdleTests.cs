using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorIdleTests
{
    [Test]
    public void Start_ThreeParticipants_PassesInitialisingIntoIdleAndSendsIdleToAll()
    {
        var output = new RecordingArbitratorOutput();
        var arbitrator = new FloorArbitrator(new ArbitratorOptions(new FloorTimers()), new FakeTimeProvider(), output);

        arbitrator.Start(["a", "b", "c"]);

        Assert.That(arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(output.Transitions.Select(t => (t.From, t.To)), Is.EqualTo(new[]
        {
            (ArbitratorState.StartStop, ArbitratorState.FloorInitialising),
            (ArbitratorState.FloorInitialising, ArbitratorState.FloorIdle),
        }));
        Assert.That(output.Messages, Is.EqualTo(new[] { "Idle->a", "Idle->b", "Idle->c" }));
    }

    [Test]
    public void Start_AlreadyStarted_ThrowsSayingSo()
    {
        var h = new ArbitratorHarness();

        Assert.That(() => h.Arbitrator.Start(["x"]), Throws.InvalidOperationException.With.Message.Contains("already started"));
    }

    [Test]
    public void Constructor_NegativeT2_ThrowsNamingTheTimer()
    {
        var options = new ArbitratorOptions(new FloorTimers { T2 = TimeSpan.FromSeconds(-1) });

        Assert.That(
            () => new FloorArbitrator(options, new FakeTimeProvider(), new RecordingArbitratorOutput()),
            Throws.ArgumentException.With.Message.Contains("T2"));
    }

    [Test]
    public void Constructor_QueueingOnWithZeroQueueLength_ThrowsNamingTheField()
    {
        var options = new ArbitratorOptions(new FloorTimers(), QueueingEnabled: true, MaxQueueLength: 0);

        Assert.That(
            () => new FloorArbitrator(options, new FakeTimeProvider(), new RecordingArbitratorOutput()),
            Throws.ArgumentException.With.Message.Contains("MaxQueueLength"));
    }

    [Test]
    public void FloorRequest_WhileIdle_GrantsFullTalkTimeToRequesterAndTakenToOthers()
    {
        var h = new ArbitratorHarness();

        h.Arbitrator.FloorRequest("b", Normal());

        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorTaken));
        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(30s)->b", "Taken(b)->a", "Taken(b)->c" }));
        Assert.That(h.Output.Transitions[^1].To, Is.EqualTo(ArbitratorState.FloorTaken));
    }

    [Test]
    public void FloorRequest_OnlyParticipantInCall_DeniedWithCause3()
    {
        var h = new ArbitratorHarness(null, "solo");

        h.Arbitrator.FloorRequest("solo", Normal());

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Deny(3)->solo" }));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
    }

    [Test]
    public void FloorRequest_ParticipantNotInCall_ThrowsNamingIt()
    {
        var h = new ArbitratorHarness();

        Assert.That(() => h.Arbitrator.FloorRequest("stranger", Normal()), Throws.ArgumentException.With.Message.Contains("'stranger'"));
    }

    [Test]
    public void T7_FloorStaysIdle_IdleSentC7TimesInAllThenStops()
    {
        var h = new ArbitratorHarness();
        h.Arbitrator.FloorRequest("a", Normal());
        h.Arbitrator.FloorRelease("a");

        h.Advance(9);
        var afterNine = h.Output.To("b").Count(m => m == "Idle->b");
        h.Advance(5);

        Assert.That(afterNine, Is.EqualTo(10), "1 on entering idle + 9 T7 resends");
        Assert.That(h.Output.To("b").Count(m => m == "Idle->b"), Is.EqualTo(10), "C7 = 10 in all");
    }

    [Test]
    public void T7_FewerResendsConfigured_StopsAtC7()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers { C7 = 2, T7 = TimeSpan.FromMilliseconds(200) }));
        h.Arbitrator.FloorRequest("a", Normal());
        h.Arbitrator.FloorRelease("a");

        h.Advance(5);

        Assert.That(h.Output.Count("Idle->c"), Is.EqualTo(2));
    }

    [Test]
    public void T4_FloorIdleForT4_CallInactiveReportedOnce()
    {
        var h = new ArbitratorHarness();

        h.Advance(29.9);
        var before = h.Output.CallInactiveCount;
        h.Advance(0.2);
        h.Advance(120);

        Assert.That(before, Is.Zero);
        Assert.That(h.Output.CallInactiveCount, Is.EqualTo(1));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
    }

    [Test]
    public void T4_FloorUsedBeforeExpiry_RestartsFromTheLastRelease()
    {
        var h = new ArbitratorHarness();
        h.Advance(20);
        h.Talk("a");
        h.Advance(1);
        h.Arbitrator.FloorRelease("a");

        h.Advance(29);
        var beforeExpiry = h.Output.CallInactiveCount;
        h.Advance(1.1);

        Assert.That(beforeExpiry, Is.Zero, "T4 stopped while the floor was taken and restarted on release");
        Assert.That(h.Output.CallInactiveCount, Is.EqualTo(1));
    }

    [Test]
    public void FloorRelease_FromNonTalkerWhileIdle_AnsweredWithIdle()
    {
        var h = new ArbitratorHarness();

        h.Arbitrator.FloorRelease("c");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->c" }));
    }

    [Test]
    public void QueuePositionRequest_NotQueued_AnsweredWithNotQueued()
    {
        var h = new ArbitratorHarness();

        h.Arbitrator.QueuePositionRequest("b");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { $"Queue({FloorArbitrator.NotQueued})->b" }));
    }
}
