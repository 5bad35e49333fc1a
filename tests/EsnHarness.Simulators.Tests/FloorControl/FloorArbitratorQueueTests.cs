using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorQueueTests
{
    private static readonly string[] Crew = ["a", "b", "c", "d", "e", "f", "g"];

    [Test]
    public void FloorRequest_SamePriorityWhileTaken_QueuedAtPosition1()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Arbitrator.FloorRequest("b", Normal());

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Queue(1)->b" }));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "b" }));
        Assert.That(h.Arbitrator.Talker, Is.EqualTo("a"));
    }

    [Test]
    public void FloorRequest_QueueingOff_DeniedWithCause1()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), QueueingEnabled: false));
        h.Talk("a");

        h.Arbitrator.FloorRequest("b", Normal());

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Deny(1)->b" }));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.Empty);
    }

    [Test]
    public void FloorRequest_QueueFull_DeniedWithCause7()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), MaxQueueLength: 2), Crew);
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Normal());

        h.Arbitrator.FloorRequest("d", Normal());

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Queue(1)->b", "Queue(2)->c", "Deny(7)->d" }));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "b", "c" }));
    }

    [Test]
    public void FloorRequest_MixedPriorities_QueueOrderedByPriorityThenArrival()
    {
        var h = new ArbitratorHarness(null, Crew);
        h.Talk("a", Emergency(255));

        h.Arbitrator.FloorRequest("b", Normal(0));
        h.Arbitrator.FloorRequest("c", Peril(0));
        h.Arbitrator.FloorRequest("d", Normal(5));
        h.Arbitrator.FloorRequest("e", Normal(5));
        h.Arbitrator.FloorRequest("f", Emergency(1));
        h.Arbitrator.FloorRequest("g", Normal(0));

        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "f", "c", "d", "e", "b", "g" }));
        Assert.That(h.Output.Messages, Is.EqualTo(new[]
        {
            "Queue(1)->b", "Queue(1)->c", "Queue(2)->d", "Queue(3)->e", "Queue(1)->f", "Queue(6)->g",
        }));
    }

    [Test]
    public void QueuePositionRequest_QueuedBehindLaterHigherPriority_ReportsCurrentPosition()
    {
        var h = new ArbitratorHarness(null, Crew);
        h.Talk("a", Emergency());
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Peril());
        h.Output.Clear();

        h.Arbitrator.QueuePositionRequest("b");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Queue(2)->b" }));
    }

    [Test]
    public void FloorRequest_QueuedParticipantAsksAgainWithHigherPriority_MovesUp()
    {
        var h = new ArbitratorHarness(null, Crew);
        h.Talk("a", Emergency());
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Normal());
        h.Output.Clear();

        h.Arbitrator.FloorRequest("c", Normal(9));

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Queue(1)->c" }));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "c", "b" }));
    }

    [Test]
    public void FloorRelease_TalkerWithQueue_HeadOfQueueGrantedAndTakenToOthers()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Normal());
        h.Output.Clear();

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "c" }));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(30s)->b", "Taken(b)->a", "Taken(b)->c" }));
        Assert.That(h.Output.Transitions[^1].Reason, Does.Contain("granted to queued b"));
    }

    [Test]
    public void T1_TalkerFallsSilentWithQueue_HeadOfQueueGranted()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("c", Normal());

        h.Advance(4.1);

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("c"));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.Empty);
    }

    [Test]
    public void FloorRelease_QueuedParticipant_WithdrawnAndToldWhoTalks()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Output.Clear();

        h.Arbitrator.FloorRelease("b");

        Assert.That(h.Arbitrator.QueueSnapshot, Is.Empty);
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Taken(a)->b" }));
    }

    [Test]
    public void Leave_QueuedParticipant_RemovedFromQueue()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Arbitrator.FloorRequest("c", Normal());

        h.Arbitrator.Leave("b");
        h.Arbitrator.QueuePositionRequest("c");

        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "c" }));
        Assert.That(h.Output.Messages[^1], Is.EqualTo("Queue(1)->c"));
        Assert.That(h.Arbitrator.Participants, Is.EqualTo(new[] { "a", "c" }));
    }

    [Test]
    public void Leave_Talker_FloorFreedToNextQueued()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Output.Clear();

        h.Arbitrator.Leave("a");

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(30s)->b", "Taken(b)->c" }), "the leaver gets nothing");
    }

    [Test]
    public void Leave_TalkerWithEmptyQueue_FloorIdleToTheRest()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Arbitrator.Leave("a");

        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->b", "Idle->c" }));
    }
}
