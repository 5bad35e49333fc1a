using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorControlEndToEndTests
{
    [Test]
    public void PttPressed_IdleFloor_TalkerHasPermissionOthersKnowWhoTalks()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers()), "a", "b", "c");

        bus["a"].PttPressed(Normal());
        bus.Pump();

        Assert.That(bus["a"].State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(bus["b"].Talker, Is.EqualTo("a"));
        Assert.That(bus["c"].State, Is.EqualTo(ParticipantState.HasNoPermission));
    }

    [Test]
    public void PttReleased_WithQueuedRequester_QueuedUserAcceptsAndTalks()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers()), "a", "b", "c");
        bus["a"].PttPressed(Normal());
        bus["b"].PttPressed(Normal());
        bus.Pump();
        var bQueued = (bus["b"].State, bus["b"].QueuePosition);

        bus["a"].PttReleased();
        bus.Pump();
        bus["b"].AcceptQueuedGrant();
        bus.Arbitrator.MediaReceived("b");

        Assert.That(bQueued, Is.EqualTo((ParticipantState.Queued, (int?)1)));
        Assert.That(bus["a"].State, Is.EqualTo(ParticipantState.HasNoPermission), "Floor Taken ended a's pending Release");
        Assert.That(bus["b"].State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(bus.Arbitrator.Talker, Is.EqualTo("b"));
    }

    [Test]
    public void PttPressed_EmergencyDuringNormalTalk_TalkerRevokedAndEmergencyUserTalksWithoutWaitingForT3()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers()), "a", "b", "c");
        bus["a"].PttPressed(Normal());
        bus.Pump();

        bus["c"].PttPressed(Emergency());
        bus.Pump();

        Assert.That(bus["a"].LastCause, Is.EqualTo(FloorCause.MediaBurstPreempted));
        Assert.That(bus["a"].State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(bus.Arbitrator.Talker, Is.EqualTo("c"));
        Assert.That(bus["c"].GrantAwaitingAcceptance, Is.True, "c was queued for the revoke, so the grant waits for the user (T132)");
    }

    [Test]
    public void T132_QueuedUserWalkedAway_FloorPassesToNextAndEndsIdle()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers()), "a", "b", "c");
        bus["a"].PttPressed(Normal());
        bus["b"].PttPressed(Normal());
        bus.Pump();
        bus["a"].PttReleased();
        bus.Pump();

        bus.Advance(2.2);

        Assert.That(bus["b"].State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(bus.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
    }

    [Test]
    public void FloorRequest_LostTalkerNeverSendsMedia_EveryoneBackToIdleAfterT1()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers()), "a", "b");
        bus["a"].PttPressed(Normal());
        bus.Pump();

        bus.Advance(4.2);

        Assert.That(bus.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
        Assert.That(bus["b"].Talker, Is.Null);
    }

    [Test]
    public void PttPressed_AudioCutInGroup_NewSpeakerTalksAtOnceAndOldSpeakerIsCutOff()
    {
        var bus = new FloorBus(new ArbitratorOptions(new FloorTimers { T3 = TimeSpan.Zero }, AudioCutIn: true), "a", "b", "c");
        bus["a"].PttPressed(Normal());
        bus.Pump();

        bus["b"].PttPressed(Normal());
        bus.Pump();

        Assert.That(bus["b"].State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(bus["a"].State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(bus["a"].LastCause, Is.EqualTo(FloorCause.MediaBurstPreempted));
        Assert.That(bus["c"].Talker, Is.EqualTo("b"));
    }
}
