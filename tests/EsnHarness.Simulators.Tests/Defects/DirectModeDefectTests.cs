using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Tests.Device.DirectMode;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Direct-mode defects of a terminal, each against the faithful behaviour, on one channel and a fake clock.</summary>
public sealed class DirectModeDefectTests
{
    [TestCase(false, FloorParticipantState.OQueued, TestName = "PressPtt_Faithful_QueuedBehindTheTalker")]
    [TestCase(true, FloorParticipantState.OHasPermission, TestName = "PressPtt_FloorSelfGrant_TalksOverTheTalker")]
    [ShowsDefect("device.dmo-floor-self-grant")]
    public void PressPtt_WhileAnotherTalks_SecondUsersState(bool defect, FloorParticipantState expected)
    {
        var bench = Crew(defect ? "device.dmo-floor-self-grant" : null);
        bench.Press("a");

        bench.Press("b");

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorState, Is.EqualTo(expected));
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission), "the first talker never stopped");
        });
    }

    [TestCase(false, FloorParticipantState.OHasPermission, TestName = "ReleasePtt_Faithful_QueuedUserGranted")]
    [TestCase(true, FloorParticipantState.OQueued, TestName = "ReleasePtt_QueueNotHandedOn_QueuedUserLeftWaiting")]
    [ShowsDefect("device.dmo-queue-not-handed-on")]
    public void ReleasePtt_WithAQueue_QueuedUsersState(bool defect, FloorParticipantState expected)
    {
        var bench = Crew(defect ? "device.dmo-queue-not-handed-on" : null);
        bench.Press("a");
        bench.Press("b");

        bench.Release("a");

        Assert.That(bench["b"].FloorState, Is.EqualTo(expected));
    }

    [TestCase(false, FloorParticipantState.OHasPermission, TestName = "StartCall_EmergencyFaithful_PreemptsTheTalker")]
    [TestCase(true, FloorParticipantState.OQueued, TestName = "StartCall_EmergencyNotPreempting_QueuedBehindTheTalker")]
    [ShowsDefect("device.dmo-emergency-not-preempting")]
    public void StartCall_EmergencyWhileAnotherTalks_CallersState(bool defect, FloorParticipantState expected)
    {
        var bench = Crew(defect ? "device.dmo-emergency-not-preempting" : null);
        bench.Press("a");

        bench["b"].Terminal.StartCall(new StartCallRequest { CallType = CallType.EmergencyGroup });
        bench.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].FloorState, Is.EqualTo(expected));
            Assert.That(bench["c"].CallEvents.Any(c => c.Kind == CallEventKind.Upgraded && c.Call.Emergency), Is.True, "the call is an emergency call either way");
        });
    }

    [TestCase(false, false, TestName = "Speak_Faithful_NotHeardTwoKilometresAway")]
    [TestCase(true, true, TestName = "Speak_RangeUnlimited_HeardTwoKilometresAway")]
    [ShowsDefect("device.dmo-range-unlimited")]
    public void Speak_ListenerTwoKilometresAway_Heard(bool defect, bool heard)
    {
        var bench = new DirectModeBench(null, defect ? ["device.dmo-range-unlimited"] : []);
        bench.Add("a");
        bench.Add("far", at: Geodesy.Destination(DirectModeBench.Street, 2000, 45));
        bench.Press("a");

        bench.Speak("a");

        Assert.That(bench["far"].Heard.Count > 0, Is.EqualTo(heard));
    }

    [TestCase(false, 0, TestName = "PrivateCall_Faithful_BystanderHearsNothing")]
    [TestCase(true, 5, TestName = "PrivateCall_PrivateVoiceUnfiltered_BystanderHearsIt")]
    [ShowsDefect("device.dmo-private-voice-unfiltered")]
    public void PrivateCall_BystanderInRange_FramesPlayed(bool defect, int played)
    {
        var bench = Crew(defect ? "device.dmo-private-voice-unfiltered" : null);
        var call = bench["a"].Terminal.StartCall(new StartCallRequest { CallType = CallType.Private, TargetMcpttId = bench["b"].McpttId, Commencement = CommencementMode.Automatic });
        bench.Advance(TimeSpan.FromMilliseconds(100));

        _ = bench["a"].Terminal.SendBurstAsync(new VoiceBurstRequest { CallId = call.CallId, FrameCount = 5 }, CancellationToken.None).Result;
        bench.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].Heard, Has.Count.EqualTo(5), "the called user hears it either way");
            Assert.That(bench["c"].Heard, Has.Count.EqualTo(played));
        });
    }

    [TestCase(false, true, TestName = "PressPtt_Faithful_CallAnnouncedAndJoined")]
    [TestCase(true, false, TestName = "PressPtt_CallNotAnnounced_NobodyJoins")]
    [ShowsDefect("device.dmo-call-not-announced")]
    public void PressPtt_NoCallRunning_OthersJoin(bool defect, bool joined)
    {
        var bench = Crew(defect ? "device.dmo-call-not-announced" : null);

        bench.Press("a");

        Assert.That(bench["b"].CallEvents.Any(c => c.Kind == CallEventKind.Connected), Is.EqualTo(joined));
    }

    private static DirectModeBench Crew(string? defect)
    {
        var bench = new DirectModeBench(null, defect is null ? [] : [defect]);
        bench.Add("a");
        bench.Add("b");
        bench.Add("c");
        return bench;
    }
}
