using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorTakenTests
{
    [Test]
    public void T20_NoMediaFromTalker_GrantedResentC20TimesInAllWithFullTalkTime()
    {
        var h = new ArbitratorHarness();
        h.Arbitrator.FloorRequest("a", Normal());

        h.Advance(3.5);

        Assert.That(h.Output.To("a"), Is.EqualTo(new[] { "Granted(30s)->a", "Granted(30s)->a", "Granted(30s)->a" }), "T2 has not started without media");
    }

    [Test]
    public void T2_TalkerStartsSpeakingLate_TalkTimeCountsFromFirstMedia()
    {
        var h = new ArbitratorHarness();
        h.Arbitrator.FloorRequest("a", Normal());
        h.Advance(2);
        h.Arbitrator.MediaReceived("a");

        h.KeepTalking("a", 29.5);
        var beforeLimit = h.Arbitrator.State;
        h.KeepTalking("a", 0.5);

        Assert.That(beforeLimit, Is.EqualTo(ArbitratorState.FloorTaken), "31.5 s after the grant, 29.5 s after the first media");
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.PendingFloorRevoke));
    }

    [Test]
    public void MediaReceived_FromTalker_StopsGrantedResends()
    {
        var h = new ArbitratorHarness();
        h.Arbitrator.FloorRequest("a", Normal());
        h.Advance(0.5);

        h.Arbitrator.MediaReceived("a");
        h.Advance(3);

        Assert.That(h.Output.Count("Granted"), Is.EqualTo(1));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorTaken));
    }

    [Test]
    public void T1_NoMediaFromTalkerForT1_FloorGoesIdleForAll()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Advance(3.9);
        var stateBefore = h.Arbitrator.State;
        h.Advance(0.2);

        Assert.That(stateBefore, Is.EqualTo(ArbitratorState.FloorTaken));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(h.Arbitrator.Talker, Is.Null);
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->a", "Idle->b", "Idle->c" }));
        Assert.That(h.Output.Transitions[^1].Reason, Does.Contain("T1"));
    }

    [Test]
    public void T1_MediaKeepsFlowing_FloorStaysWithTalker()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.KeepTalking("a", 20);

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("a"));
        Assert.That(h.Output.Messages, Is.Empty);
    }

    [Test]
    public void T2_TalkTimeExceeded_RevokedWithCause2ThenT3TakesFloorBack()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.KeepTalking("a", 30);
        var revokeState = h.Arbitrator.State;
        var revokeMessages = h.Output.Messages;
        h.KeepTalking("a", 3);

        Assert.That(revokeState, Is.EqualTo(ArbitratorState.PendingFloorRevoke));
        Assert.That(revokeMessages, Is.EqualTo(new[] { "Revoke(2)->a" }));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle), "the talker ignored the revoke: T3 forces the release");
        Assert.That(h.Output.Transitions[^1].Reason, Does.Contain("T3"));
    }

    [Test]
    public void T2_ShorterTalkTimeConfigured_GrantCarriesItAndRevokesAtIt()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers { T2 = TimeSpan.FromSeconds(10) }));
        h.Arbitrator.FloorRequest("a", Normal());
        h.Arbitrator.MediaReceived("a");
        var granted = h.Output.To("a");

        h.KeepTalking("a", 10);

        Assert.That(granted, Is.EqualTo(new[] { "Granted(10s)->a" }));
        Assert.That(h.Output.To("a")[^1], Is.EqualTo("Revoke(2)->a"));
    }

    [Test]
    public void FloorRelease_TalkerReleasesDuringRevokeGrace_FloorIdleBeforeT3()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.KeepTalking("a", 30);

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(h.Output.Transitions[^1].From, Is.EqualTo(ArbitratorState.PendingFloorRevoke));
    }

    [Test]
    public void T3_ZeroAndTalkTimeExceeded_FloorTakenBackAtOnce()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers { T3 = TimeSpan.Zero, T2 = TimeSpan.FromSeconds(5) }));
        h.Talk("a");

        h.KeepTalking("a", 5);

        Assert.That(h.Output.Messages.Take(2), Is.EqualTo(new[] { "Revoke(2)->a", "Idle->a" }));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
    }

    [Test]
    public void FloorRequest_FromTalker_GrantedAgainWithRemainingTalkTime()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.KeepTalking("a", 10);

        h.Arbitrator.FloorRequest("a", Normal());

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(20s)->a" }));
    }

    [Test]
    public void FloorRelease_TalkerWithEmptyQueue_IdleToAllAndT4Restarted()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->a", "Idle->b", "Idle->c" }));
        Assert.That(h.Output.Transitions[^1].Reason, Does.Contain("Floor Release from talker a"));
    }

    [Test]
    public void MediaReceived_FromParticipantWithoutPermission_RevokedWithCause3()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Arbitrator.MediaReceived("b");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Revoke(3)->b" }));
        Assert.That(h.Arbitrator.Talker, Is.EqualTo("a"));
    }
}
