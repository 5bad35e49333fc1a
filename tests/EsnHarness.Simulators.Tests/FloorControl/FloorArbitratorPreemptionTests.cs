using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorPreemptionTests
{
    [TestCase(FloorPriorityLevel.Normal, 5, FloorPriorityLevel.ImminentPeril, 0, true)]
    [TestCase(FloorPriorityLevel.ImminentPeril, 255, FloorPriorityLevel.Emergency, 0, true)]
    [TestCase(FloorPriorityLevel.Normal, 255, FloorPriorityLevel.Emergency, 0, true)]
    [TestCase(FloorPriorityLevel.Normal, 3, FloorPriorityLevel.Normal, 4, true)]
    [TestCase(FloorPriorityLevel.Emergency, 0, FloorPriorityLevel.ImminentPeril, 255, false)]
    [TestCase(FloorPriorityLevel.ImminentPeril, 0, FloorPriorityLevel.Normal, 255, false)]
    [TestCase(FloorPriorityLevel.Normal, 4, FloorPriorityLevel.Normal, 4, false)]
    [TestCase(FloorPriorityLevel.Emergency, 2, FloorPriorityLevel.Emergency, 1, false)]
    public void FloorRequest_WhileTaken_PreemptsOnlyWhenRankedHigher(
        FloorPriorityLevel talkerLevel, int talkerPriority, FloorPriorityLevel requestLevel, int requestPriority, bool preempts)
    {
        var h = new ArbitratorHarness();
        h.Talk("a", new FloorPriority(talkerLevel, talkerPriority));

        h.Arbitrator.FloorRequest("b", new FloorPriority(requestLevel, requestPriority));

        var expected = preempts
            ? new[] { "Queue(1)->b", "Revoke(4)->a" }
            : new[] { "Queue(1)->b" };
        Assert.That(h.Output.Messages, Is.EqualTo(expected));
        Assert.That(h.Arbitrator.State, Is.EqualTo(preempts ? ArbitratorState.PendingFloorRevoke : ArbitratorState.FloorTaken));
    }

    [Test]
    public void T3_PreemptedTalkerKeepsTalking_RequesterGrantedWhenT3Expires()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Emergency());

        h.KeepTalking("a", 2.5);
        var talkerDuringGrace = h.Arbitrator.Talker;
        h.KeepTalking("a", 0.6);

        Assert.That(talkerDuringGrace, Is.EqualTo("a"));
        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorTaken));
        Assert.That(h.Output.Messages.TakeLast(3), Is.EqualTo(new[] { "Granted(30s)->b", "Taken(b)->a", "Taken(b)->c" }));
        Assert.That(h.Output.Transitions.Select(t => t.To), Is.EqualTo(new[] { ArbitratorState.PendingFloorRevoke, ArbitratorState.FloorTaken }));
    }

    [Test]
    public void FloorRelease_PreemptedTalkerReleases_RequesterGrantedAtOnce()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Peril());

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Time.GetUtcNow() - h.Time.Start, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void T1_PreemptedTalkerFallsSilentBeforeT3_RequesterGrantedAtT1()
    {
        var timers = new FloorTimers { T1 = TimeSpan.FromSeconds(1), T3 = TimeSpan.FromSeconds(3) };
        var h = new ArbitratorHarness(new ArbitratorOptions(timers));
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Emergency());
        h.Arbitrator.MediaReceived("a");

        h.Advance(1.1);

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"), "media in the grace restarted T1, whose expiry ends the revoke");
        Assert.That(h.Output.Transitions[^1].Reason, Does.Contain("T1"));
    }

    [Test]
    public void FloorRequest_QueueingOffAndPreemptive_RequesterHeldWithoutQueueInfoAndGrantedAfterT3()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), QueueingEnabled: false));
        h.Talk("a");

        h.Arbitrator.FloorRequest("b", Emergency());
        var sent = h.Output.Messages;
        h.KeepTalking("a", 3.1);

        Assert.That(sent, Is.EqualTo(new[] { "Revoke(4)->a" }));
        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
    }

    [Test]
    public void FloorRequest_HigherStillDuringRevokeGrace_HighestGrantedFirst()
    {
        var h = new ArbitratorHarness(null, "a", "b", "c", "d");
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Peril());

        h.Arbitrator.FloorRequest("c", Emergency());
        h.Arbitrator.FloorRequest("d", Normal(200));
        h.Advance(3.1);

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("c"));
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "b", "d" }));
        Assert.That(h.Output.Messages.Count(m => m.StartsWith("Revoke", StringComparison.Ordinal)), Is.EqualTo(1), "one revoke only");
    }

    [Test]
    public void FloorRequest_RevokedTalkerAsksAgainDuringGrace_Ignored()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Emergency());
        h.Output.Clear();

        h.Arbitrator.FloorRequest("a", Emergency(255));

        Assert.That(h.Output.Messages, Is.Empty);
        Assert.That(h.Arbitrator.QueueSnapshot, Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void FloorRequest_AudioCutInGroup_LatestRequestCutsTheTalkerOffAtOnce()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), AudioCutIn: true));
        h.Talk("a");

        h.Arbitrator.FloorRequest("b", Normal());

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Revoke(4)->a", "Granted(30s)->b", "Taken(b)->a", "Taken(b)->c" }), "no queue step: the requester talks at once");
        Assert.That(h.Output.Transitions.Select(t => t.To), Is.EqualTo(new[] { ArbitratorState.PendingFloorRevoke, ArbitratorState.FloorTaken }));
    }

    [Test]
    public void Leave_RevokedTalkerLeavesDuringGrace_RequesterGrantedAtOnce()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Emergency());
        h.Output.Clear();

        h.Arbitrator.Leave("a");

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("b"));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(30s)->b", "Taken(b)->c" }));
        Assert.That(h.Output.Transitions[^1].From, Is.EqualTo(ArbitratorState.PendingFloorRevoke));
    }

    [Test]
    public void Join_DuringRevokeGrace_LateEntrantToldTheRevokedTalkerStillTalks()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Emergency());
        h.Output.Clear();

        h.Arbitrator.Join("late");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Taken(a)->late" }));
    }
}
