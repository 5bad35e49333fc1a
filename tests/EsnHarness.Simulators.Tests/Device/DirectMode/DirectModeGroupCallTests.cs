using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Device;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>Off-network group calls (TS 24.379 §10.2) between terminals on one direct-mode channel, on a fake clock.</summary>
public sealed class DirectModeGroupCallTests
{
    [Test]
    public void PressPtt_NoCallOnTheGroup_ProbeAnnouncementAndTheCallerTalksFirst()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");

        bench["a"].Terminal.PressPtt(new PttRequest());
        bench.Advance(TimeSpan.FromMilliseconds(140));
        var beforeTfg1 = bench["b"].CallEvents.Count();
        bench.Advance(TimeSpan.FromMilliseconds(100));

        var joined = bench["b"].CallEvents.Single(c => c.Kind == CallEventKind.Connected);
        Assert.Multiple(() =>
        {
            Assert.That(beforeTfg1, Is.Zero, "nobody hears of a call before the caller's TFG1 (150 ms) expires");
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission));
            Assert.That(joined.Call.OffNetwork, Is.True);
            Assert.That(joined.Call.GroupId, Is.EqualTo("FG1"));
            Assert.That(joined.Call.InitiatorMcpttId, Is.EqualTo(bench["a"].McpttId));
            Assert.That(bench["b"].FloorEvents.Any(f => f.Kind == FloorEventKind.Taken && f.TalkerMcpttId == bench["a"].McpttId), Is.True, "b sees a talking");
        });
    }

    [Test]
    public void Speak_ListenerInRange_HearsEveryFrameAfterTheSidelinkDelay()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");
        bench.Press("a");

        var sent = bench.Speak("a", frames: 5);

        Assert.Multiple(() =>
        {
            Assert.That(sent.FramesSent, Is.EqualTo(5));
            Assert.That(bench["b"].Heard.Select(p => p.Sequence), Is.EqualTo(new uint[] { 0, 1, 2, 3, 4 }));
            Assert.That(bench["b"].Heard.All(p => p.SenderMcpttId == bench["a"].McpttId), Is.True);
        });
    }

    [Test]
    public void Speak_SidelinkWithJitter_FramesArriveInTheOrderSpokenEachAfterItsOwnDelay()
    {
        var bench = new DirectModeBench(DirectModeBench.Exact with { SidelinkJitter = TimeSpan.FromMilliseconds(20) });
        bench.Add("a");
        bench.Add("b");
        bench.Press("a");

        bench.Speak("a", frames: 20);

        Assert.That(bench["b"].Heard.Select(p => p.Sequence), Is.EqualTo(Enumerable.Range(0, 20).Select(i => (uint)i)), "a later frame never overtakes an earlier one");
    }

    [TestCase(900, CoverageType.Surface, true, TestName = "Speak_900mAwayOnOpenGround_Heard")]
    [TestCase(1200, CoverageType.Surface, false, TestName = "Speak_1200mAwayOnOpenGround_NotHeard")]
    [TestCase(120, CoverageType.InBuilding, true, TestName = "Speak_120mAwayInABuilding_Heard")]
    [TestCase(200, CoverageType.InBuilding, false, TestName = "Speak_200mAwayInABuilding_NotHeard")]
    [TestCase(80, CoverageType.NoCoverage, true, TestName = "Speak_80mAwayInABasement_Heard")]
    public void Speak_ListenerAtADistance_HeardOnlyWithinTheRangeOfItsSurroundings(double metres, CoverageType coverage, bool heard)
    {
        var bench = new DirectModeBench();
        bench.Add("a", coverage: coverage);
        bench.Add("far", at: Geodesy.Destination(DirectModeBench.Street, metres, 90), coverage: coverage);
        bench.Press("a");

        bench.Speak("a");

        Assert.Multiple(() =>
        {
            Assert.That(bench["far"].Heard, heard ? Is.Not.Empty : Is.Empty);
            Assert.That(bench["far"].CallEvents.Any(c => c.Kind == CallEventKind.Connected), Is.EqualTo(heard), "in the call only when in range");
        });
    }

    [Test]
    public void Speak_TalkerInATunnelListenerOnTheStreetAbove_NotHeard()
    {
        var bench = new DirectModeBench();
        bench.Add("tunnel", coverage: CoverageType.UndergroundTunnel);
        bench.Add("street", coverage: CoverageType.Surface);
        bench.Add("platform", at: Geodesy.Destination(DirectModeBench.Street, 100, 0), coverage: CoverageType.DeepStation);
        bench.Press("tunnel");

        bench.Speak("tunnel");

        Assert.Multiple(() =>
        {
            Assert.That(bench["street"].Heard, Is.Empty, "the ground separates them");
            Assert.That(bench["platform"].Heard, Is.Not.Empty, "below ground, in range");
        });
    }

    [Test]
    public void PressPtt_ACallRuns_JoinsItInsteadOfAnnouncingAnother()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Press("a");
        bench.Release("a");
        bench.Add("late");
        bench.Advance(TimeSpan.FromMilliseconds(100));

        var joinedOnEntry = bench["late"].CallEvents.Any(c => c.Kind == CallEventKind.Connected);
        bench.Press("late");

        Assert.Multiple(() =>
        {
            Assert.That(joinedOnEntry, Is.True, "entering direct mode probes the group; a's call answers with its announcement");
            Assert.That(bench["late"].CallEvents.Where(c => c.Kind == CallEventKind.Connected).Select(c => c.Call.CallId).Distinct().Count(), Is.EqualTo(1));
            Assert.That(bench["late"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "nobody talks: the request is granted");
            Assert.That(bench["a"].FloorEvents.Last().TalkerMcpttId, Is.EqualTo(bench["late"].McpttId));
        });
    }

    [Test]
    public void Reannounce_TerminalComesIntoRangeLater_JoinsTheRunningCall()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b", at: Geodesy.Destination(DirectModeBench.Street, 3000, 0));
        bench.Press("a");
        var before = bench["b"].CallEvents.Count();

        bench["b"].MoveTo(DirectModeBench.Street, CoverageType.Surface);
        bench.Advance(bench.Options.Reannounce);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Zero);
            Assert.That(bench["b"].CallEvents.Any(c => c.Kind == CallEventKind.Connected), Is.True, "TFG2: the call is announced again");
        });
    }

    [Test]
    public void StartCall_Emergency_CallUpgradedAndTheTalkerPreempted()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");
        bench.Add("c");
        bench.Press("a");

        bench["b"].Terminal.StartCall(new StartCallRequest { CallType = CallType.EmergencyGroup });
        bench.Advance(TimeSpan.FromMilliseconds(300));
        bench.Speak("b");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "the emergency request pre-empts the talker");
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasNoPermission));
            Assert.That(bench["c"].CallEvents.Any(c => c.Kind == CallEventKind.Upgraded && c.Call.Emergency), Is.True, "everyone sees an emergency call");
            Assert.That(bench["c"].Heard.Any(p => p.SenderMcpttId == bench["b"].McpttId), Is.True);
        });
    }

    [Test]
    public void Leave_DirectMode_CallEndsForTheUserAndTheyHearNoMore()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");
        bench.Press("a");

        bench["b"].Terminal.Leave();
        bench.Speak("a");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].CallEvents.Last().Kind, Is.EqualTo(CallEventKind.Ended));
            Assert.That(bench["b"].Heard, Is.Empty);
        });
    }
}
