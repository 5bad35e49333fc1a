using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>Off-network floor control (TS 24.380 clause 7) as terminal users see it in a direct-mode group call.</summary>
public sealed class DirectModeFloorTests
{
    [Test]
    public void PressPtt_SomeoneTalks_QueuedByTheTalkerWithItsPosition()
    {
        var bench = Crew();
        bench.Press("a");

        bench.Press("b");
        bench.Press("c");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorState, Is.EqualTo(FloorParticipantState.OQueued));
            Assert.That(bench["b"].FloorEvents.Last(f => f.Kind == FloorEventKind.QueuePositionInfo).QueuePosition, Is.EqualTo(1u));
            Assert.That(bench["c"].FloorEvents.Last(f => f.Kind == FloorEventKind.QueuePositionInfo).QueuePosition, Is.EqualTo(2u));
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "the talker keeps talking");
        });
    }

    [Test]
    public void ReleasePtt_Queue_FloorHandedToTheFirstWhoKeepsHoldingPtt()
    {
        var bench = Crew();
        bench.Press("a");
        bench.Press("b");
        bench.Press("c");

        bench.Release("a");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "granted with the queue, accepted at once");
            Assert.That(bench["b"].FloorEvents.Any(f => f.Kind == FloorEventKind.Granted), Is.True);
            Assert.That(bench["c"].FloorState, Is.EqualTo(FloorParticipantState.OQueued), "still waiting, now in b's queue");
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasNoPermission));
        });

        bench.Release("b");

        Assert.That(bench["c"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "b hands the floor on to c");
    }

    [Test]
    public void PressPtt_QueueingOff_DeniedWithCause1()
    {
        var bench = new DirectModeBench();
        bench.Add("a", queueing: false);
        bench.Add("b", queueing: false);
        bench.Press("a");

        bench.Press("b");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorEvents.First(f => f.Kind == FloorEventKind.Deny).Cause, Is.EqualTo(FloorCause.AnotherClientHasPermission));
            Assert.That(bench["b"].FloorState, Is.EqualTo(FloorParticipantState.OHasNoPermission));
        });
    }

    [Test]
    public void PressPtt_RequestRetransmittedBeforeItsAnswerArrived_KeepsItsPlaceInTheQueue()
    {
        var bench = new DirectModeBench(DirectModeBench.Exact with { SidelinkLatency = TimeSpan.FromMilliseconds(30) });
        bench.Add("a");
        bench.Add("b");
        bench.Add("c");
        bench.Press("a");

        // The answer to b's request takes a 60 ms round trip, past T201 (40 ms): b asks again after c has been queued.
        bench["b"].Terminal.PressPtt(new PttRequest());
        bench.Advance(TimeSpan.FromMilliseconds(5));
        bench.Press("c");
        bench.Release("a");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorEvents.Where(f => f.Kind == FloorEventKind.QueuePositionInfo).Select(f => f.QueuePosition).Distinct(), Is.EqualTo(new uint[] { 1 }));
            Assert.That(bench["b"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "first asked, first served");
            Assert.That(bench["c"].FloorState, Is.EqualTo(FloorParticipantState.OQueued));
        });
    }

    private static DirectModeBench Crew()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");
        bench.Add("c");
        return bench;
    }
}
