using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;
using static EsnHarness.Simulators.Tests.FloorControl.ArbitratorHarness;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorArbitratorCallTests
{
    [Test]
    public void FloorRequest_BroadcastCallFromOtherThanInitiator_DeniedReceiveOnlyCause5()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), BroadcastInitiator: "control"), "control", "a", "b");

        h.Arbitrator.FloorRequest("a", Emergency(255));

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Deny(5)->a" }));
        Assert.That(h.Arbitrator.State, Is.EqualTo(ArbitratorState.FloorIdle));
    }

    [Test]
    public void FloorRequest_BroadcastCallFromInitiator_GrantedAndOthersCannotPreempt()
    {
        var h = new ArbitratorHarness(new ArbitratorOptions(new FloorTimers(), BroadcastInitiator: "control"), "control", "a", "b");

        h.Arbitrator.FloorRequest("control", Normal());
        h.Arbitrator.FloorRequest("b", Emergency());

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("control"));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Granted(30s)->control", "Taken(control)->a", "Taken(control)->b", "Deny(5)->b" }));
    }

    [Test]
    public void Join_WhileFloorTaken_LateEntrantToldWhoTalks()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");

        h.Arbitrator.Join("late");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Taken(a)->late" }));
        Assert.That(h.Arbitrator.Participants, Does.Contain("late"));
    }

    [Test]
    public void Join_WhileFloorIdle_LateEntrantToldFloorIsIdle()
    {
        var h = new ArbitratorHarness();

        h.Arbitrator.Join("late");

        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->late" }));
    }

    [Test]
    public void Join_SecondParticipantOfOneMemberCall_FloorCanThenBeGranted()
    {
        var h = new ArbitratorHarness(null, "solo");
        h.Arbitrator.Join("other");

        h.Arbitrator.FloorRequest("solo", Normal());

        Assert.That(h.Arbitrator.Talker, Is.EqualTo("solo"));
        Assert.That(h.Output.Messages[^1], Is.EqualTo("Taken(solo)->other"));
    }

    [Test]
    public void Join_LateEntrantDuringTalk_ReceivesLaterIdle()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.Join("late");

        h.Arbitrator.FloorRelease("a");

        Assert.That(h.Output.To("late"), Is.EqualTo(new[] { "Taken(a)->late", "Idle->late" }));
    }

    [Test]
    public void Stop_WhileTaken_PassesReleasingToStartStopAndSendsNothingMore()
    {
        var h = new ArbitratorHarness();
        h.Talk("a");
        h.Arbitrator.FloorRequest("b", Normal());
        h.Output.Clear();

        h.Arbitrator.Stop();
        h.Advance(120);
        h.Arbitrator.FloorRequest("c", Normal());

        Assert.That(h.Output.Transitions.Select(t => (t.From, t.To)), Is.EqualTo(new[]
        {
            (ArbitratorState.FloorTaken, ArbitratorState.Releasing),
            (ArbitratorState.Releasing, ArbitratorState.StartStop),
        }));
        Assert.That(h.Output.Messages, Is.Empty, "no timer fires and late requests are ignored after the call ends");
        Assert.That(h.Arbitrator.Talker, Is.Null);
        Assert.That(h.Arbitrator.QueueSnapshot, Is.Empty);
    }

    [Test]
    public void Start_AfterStop_NewCallWithNewParticipants()
    {
        var h = new ArbitratorHarness();
        h.Arbitrator.Stop();
        h.Output.Clear();

        h.Arbitrator.Start(["x", "y"]);

        Assert.That(h.Arbitrator.Participants, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(h.Output.Messages, Is.EqualTo(new[] { "Idle->x", "Idle->y" }));
    }

    [Test]
    public void CompareTo_PriorityLevels_EmergencyOverImminentPerilOverNormalThenPriority()
    {
        FloorPriority[] shuffled = [Normal(7), Emergency(0), Peril(3), Normal(0), Peril(9), Emergency(4)];

        var ranked = shuffled.OrderByDescending(p => p).ToArray();

        Assert.That(ranked, Is.EqualTo(new[] { Emergency(4), Emergency(0), Peril(9), Peril(3), Normal(7), Normal(0) }));
    }
}
