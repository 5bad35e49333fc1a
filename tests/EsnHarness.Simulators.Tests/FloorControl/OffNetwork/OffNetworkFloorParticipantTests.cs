using EsnHarness.Simulators.FloorControl;
using EsnHarness.Simulators.FloorControl.OffNetwork;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl.OffNetwork;

/// <summary>Off-network (direct mode) floor control, TS 24.380 clause 7 / Annex C.2, on a fake clock.</summary>
public sealed class OffNetworkFloorParticipantTests
{
    private static readonly string[] Crew = ["a", "b", "c"];

    [Test]
    public void StartCall_GroupCall_OriginatorTalksFirstAndTheOthersFollowIt()
    {
        var bus = new OffNetworkBus(null, Crew);

        bus.StartCall("a");

        Assert.Multiple(() =>
        {
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.HasNoPermission));
            Assert.That(bus["c"].Talker, Is.EqualTo("a"));
            Assert.That(bus.Log, Is.EqualTo(new[] { "a: Taken" }));
        });
    }

    [Test]
    public void PttPressed_InSilenceAndNobodyAnswers_TakesTheFloorAfterC201Requests()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a");
        bus["a"].PttReleased();
        bus.Pump();

        bus["b"].PttPressed();
        bus.Pump();
        bus.Advance(bus.Timers.T201 * 2);
        var stillAsking = bus["b"].State;
        bus.Advance(bus.Timers.T201 * 2);

        Assert.Multiple(() =>
        {
            Assert.That(stillAsking, Is.EqualTo(OffNetworkState.PendingRequest), "asks C201 = 3 times first");
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["a"].Talker, Is.EqualTo("b"));
            Assert.That(bus.Log.Count(l => l == "b: Request"), Is.EqualTo(3));
            Assert.That(bus.Log, Does.Contain("b: Taken"));
        });
    }

    [Test]
    public void Talking_OthersRequest_QueuedInOrderAndTheFloorGoesToTheHeadWithTheRestOfTheQueue()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a");

        bus["b"].PttPressed();
        bus.Pump();
        bus["c"].PttPressed();
        bus.Pump();
        var queued = (bus["b"].QueuePosition, bus["c"].QueuePosition);
        bus["a"].PttReleased();
        bus.Pump();

        Assert.Multiple(() =>
        {
            Assert.That(queued, Is.EqualTo((1, 2)));
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.Queued), "a queued user accepts the grant");
            Assert.That(bus["b"].GrantAwaitingAcceptance, Is.True);
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.PendingGranted));
            Assert.That(bus["c"].QueuePosition, Is.EqualTo(1), "c moves up");
        });

        bus["b"].AcceptQueuedGrant();
        bus.Pump();

        Assert.Multiple(() =>
        {
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["b"].Queue.Select(q => q.Participant), Is.EqualTo(new[] { "c" }), "b arbitrates c's request now");
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.HasNoPermission));
            Assert.That(bus["a"].Talker, Is.EqualTo("b"));
        });
    }

    [Test]
    public void Talking_HigherPriorityRequest_PreemptsTheTalker()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a", priority: name => name == "c" ? new FloorPriority(FloorPriorityLevel.Emergency, 0) : FloorPriority.Normal);

        bus["c"].PttPressed();
        bus.Pump();

        Assert.Multiple(() =>
        {
            Assert.That(bus["c"].State, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.HasNoPermission));
            Assert.That(bus["a"].Talker, Is.EqualTo("c"));
            Assert.That(bus.Log, Does.Contain("a: Granted->c"));
        });
    }

    [Test]
    public void Talking_QueueingOff_SecondRequestDeniedWithCause1()
    {
        var bus = new OffNetworkBus(new OffNetworkFloorTimers { MaxQueueLength = 0 }, Crew);
        bus.StartCall("a");

        bus["b"].PttPressed();
        bus.Pump();

        Assert.Multiple(() =>
        {
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.HasNoPermission));
            Assert.That(bus["b"].LastCause, Is.EqualTo(FloorCause.AnotherClientHasPermission));
            Assert.That(bus.Log, Does.Contain("a: Deny->b(1)"));
        });
    }

    [Test]
    public void Talking_QueueFull_DeniedWithCause7()
    {
        var bus = new OffNetworkBus(new OffNetworkFloorTimers { MaxQueueLength = 1 }, Crew);
        bus.StartCall("a");
        bus["b"].PttPressed();
        bus.Pump();

        bus["c"].PttPressed();
        bus.Pump();

        Assert.That(bus["c"].LastCause, Is.EqualTo(FloorCause.QueueFull));
    }

    [Test]
    public void HasNoPermission_TalkersMediaStops_SilenceAfterT203ThenCallOverAfterT230()
    {
        var timers = new OffNetworkFloorTimers { T203 = TimeSpan.FromSeconds(1), T230 = TimeSpan.FromSeconds(5) };
        var bus = new OffNetworkBus(timers, Crew);
        bus.StartCall("a");
        bus.Media("a");

        bus.Advance(TimeSpan.FromMilliseconds(900));
        var beforeT203 = bus["b"].State;
        bus.Advance(TimeSpan.FromMilliseconds(200));
        var afterT203 = bus["b"].State;
        bus.Advance(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(beforeT203, Is.EqualTo(OffNetworkState.HasNoPermission));
            Assert.That(afterT203, Is.EqualTo(OffNetworkState.Silence));
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.StartStop), "T230: the call is assumed over");
        });
    }

    [Test]
    public void HasPermission_TalksTooLong_WarnedAtT206AndLosesTheFloorAtT207()
    {
        var timers = new OffNetworkFloorTimers { T206 = TimeSpan.FromSeconds(2), T207 = TimeSpan.FromSeconds(1), T203 = TimeSpan.FromSeconds(10) };
        var bus = new OffNetworkBus(timers, Crew);
        bus.StartCall("a");

        bus.Advance(TimeSpan.FromMilliseconds(2100));
        var warned = bus.Warnings.ToList();
        var stillTalking = bus["a"].State;
        bus.Advance(TimeSpan.FromSeconds(1));

        Assert.Multiple(() =>
        {
            Assert.That(warned, Is.EqualTo(new[] { "a" }));
            Assert.That(stillTalking, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.Silence));
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.Silence), "Floor Release reaches the others");
        });
    }

    [Test]
    public void PrivateCall_ReceiverInSilence_GrantsTheCallersRequestItself()
    {
        var bus = new OffNetworkBus(null, "a", "b");
        bus.StartCall("a", privateCall: true);
        bus["a"].PttReleased();
        bus.Pump();

        bus["a"].PttPressed();
        bus.Pump();
        bus.Media("a");

        Assert.Multiple(() =>
        {
            Assert.That(bus.Log, Does.Contain("b: Granted->a"));
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.HasPermission));
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.HasNoPermission));
        });
    }

    [Test]
    public void PendingGranted_GranteeNeverTalks_GrantResentC205TimesThenGivenUpAfterT233()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a");
        bus["b"].PttPressed();
        bus.Pump();
        bus["a"].PttReleased();
        bus.Pump();

        bus.Advance(bus.Timers.T205 * bus.Timers.C205 + bus.Timers.T205);
        var waitingForTheUser = bus["a"].State;
        bus.Advance(bus.Timers.T233);

        Assert.Multiple(() =>
        {
            Assert.That(bus.Log.Count(l => l == "a: Granted->b"), Is.EqualTo(bus.Timers.C205));
            Assert.That(waitingForTheUser, Is.EqualTo(OffNetworkState.PendingGranted), "T233: the queued user may still accept");
            Assert.That(bus["a"].State, Is.EqualTo(OffNetworkState.Silence));
        });
    }

    [Test]
    public void Queued_GrantNotAcceptedWithinT233_BackToSilence()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a");
        bus["b"].PttPressed();
        bus.Pump();
        bus["a"].PttReleased();
        bus.Pump();

        bus.Advance(bus.Timers.T233 + TimeSpan.FromMilliseconds(20));

        Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.Silence));
        Assert.That(bus["c"].State, Is.Not.EqualTo(OffNetworkState.HasPermission), "nobody talks over the unaccepted grant");
    }

    [Test]
    public void Stop_DuringACall_BackToStartStopAndDeaf()
    {
        var bus = new OffNetworkBus(null, Crew);
        bus.StartCall("a");

        bus["b"].Stop();
        bus.Media("a");

        Assert.Multiple(() =>
        {
            Assert.That(bus["b"].State, Is.EqualTo(OffNetworkState.StartStop));
            Assert.That(bus["b"].Talker, Is.Null);
        });
    }
}
