using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Device;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>Off-network private calls (TS 24.379 §11.2) between two terminals in range, on a fake clock.</summary>
public sealed class DirectModePrivateCallTests
{
    [Test]
    public void StartCall_Manual_RingsUntilAcceptedThenTheCallerTalksAndOnlyTheCalleeHears()
    {
        var bench = Trio();
        var dialled = bench["a"].Terminal.StartCall(new StartCallRequest { CallType = CallType.Private, TargetMcpttId = bench["b"].McpttId, Commencement = CommencementMode.Manual });
        bench.Advance(TimeSpan.FromMilliseconds(100));
        var offered = bench["b"].CallEvents.Single(c => c.Kind == CallEventKind.Incoming);

        bench["b"].Terminal.Answer(dialled.CallId, accept: true);
        bench.Advance(TimeSpan.FromMilliseconds(100));
        var sent = bench["a"].Terminal.SendBurstAsync(new VoiceBurstRequest { CallId = dialled.CallId, FrameCount = 5 }, CancellationToken.None).Result;
        bench.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Multiple(() =>
        {
            Assert.That(offered.Call.InitiatorMcpttId, Is.EqualTo(bench["a"].McpttId));
            Assert.That(bench["a"].CallEvents.Any(c => c.Kind == CallEventKind.Connected && c.Call.CallId == dialled.CallId), Is.True);
            Assert.That(sent.FramesSent, Is.EqualTo(5));
            Assert.That(bench["b"].Heard, Has.Count.EqualTo(5));
            Assert.That(bench["c"].Heard, Is.Empty, "a bystander in range does not hear a private call");
            Assert.That(bench["c"].CallEvents, Is.Empty);
        });
    }

    [Test]
    public void StartCall_Automatic_ConnectedAtOnceCalleeFollowsTheCaller()
    {
        var bench = Trio();

        var dialled = bench["a"].Terminal.StartCall(new StartCallRequest { CallType = CallType.Private, TargetMcpttId = bench["b"].McpttId, Commencement = CommencementMode.Automatic });
        bench.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Multiple(() =>
        {
            Assert.That(bench["b"].CallEvents.Single().Kind, Is.EqualTo(CallEventKind.Connected));
            Assert.That(bench["a"].FloorState, Is.EqualTo(FloorParticipantState.OHasPermission));
            Assert.That(bench["b"].Events.Any(e => e.FloorState?.ToState == FloorParticipantState.OHasNoPermission && e.FloorState.CallId == dialled.CallId), Is.True);
        });
    }

    [Test]
    public void StartCall_CalleeOutOfRange_ToldNotReachableAfterCfp1Attempts()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("far", at: Geodesy.Destination(DirectModeBench.Street, 5000, 180));

        bench["a"].Terminal.StartCall(new StartCallRequest { CallType = CallType.Private, TargetMcpttId = bench["far"].McpttId, Commencement = CommencementMode.Automatic });
        bench.Advance(TimeSpan.FromMilliseconds(200));

        Assert.That(bench["a"].CallEvents.Single().Cause, Is.EqualTo(CallCause.UserNotReachable));
    }

    [Test]
    public void EndCall_EitherParty_EndsForBoth()
    {
        var bench = Trio();
        var dialled = bench["a"].Terminal.StartCall(new StartCallRequest { CallType = CallType.Private, TargetMcpttId = bench["b"].McpttId, Commencement = CommencementMode.Automatic });
        bench.Advance(TimeSpan.FromMilliseconds(100));

        bench["b"].Terminal.End(dialled.CallId);
        bench.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Multiple(() =>
        {
            Assert.That(bench["a"].CallEvents.Last().Kind, Is.EqualTo(CallEventKind.Ended));
            Assert.That(bench["a"].CallEvents.Last().Cause, Is.EqualTo(CallCause.NormalRelease));
            Assert.That(bench["b"].CallEvents.Last().Kind, Is.EqualTo(CallEventKind.Ended));
        });
    }

    private static DirectModeBench Trio()
    {
        var bench = new DirectModeBench();
        bench.Add("a");
        bench.Add("b");
        bench.Add("c");
        return bench;
    }
}
