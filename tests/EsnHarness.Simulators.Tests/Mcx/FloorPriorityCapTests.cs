using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Defects;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>A floor request's own priority is limited to what the configuration authorises (TS 24.380: the participant's maximum).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FloorPriorityCapTests
{
    [TestCase(255u, FloorState.Taken, TestName = "RequestFloor_ClaimsMoreThanConfigured_CappedAndOnlyQueued")]
    [TestCase(0u, FloorState.Taken, TestName = "RequestFloor_NamesNoPriority_ConfiguredPriorityOnlyQueued")]
    public async Task RequestFloor_LowerConfiguredPriorityThanTheTalker_DoesNotPreempt(uint claimed, FloorState expected)
    {
        // a (8) talks; b is configured with 1 and asks for `claimed`.
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, null, priorities: [8, 1, 0]);

        await crew.S.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = crew.B.McpttId, CallId = crew.Call.CallId, Priority = claimed }, crew.S.Headers);

        var queued = await crew.B.WaitForAsync(e => e.Floor?.Kind is FloorEventKind.QueuePositionInfo or FloorEventKind.Granted, "an answer to b's request");
        var call = await crew.CallNowAsync();
        Assert.Multiple(() =>
        {
            Assert.That(queued.Floor.Kind, Is.EqualTo(FloorEventKind.QueuePositionInfo), "b is queued, not granted");
            Assert.That(call.FloorState, Is.EqualTo(expected));
            Assert.That(call.TalkerMcpttId, Is.EqualTo(crew.A.McpttId));
        });
    }

    [Test]
    public async Task RequestFloor_ClaimsLessThanConfigured_LowerPriorityUsed()
    {
        // b is configured above a (10 > 8) but asks for 2 only: it is queued behind a instead of pre-empting.
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, null, priorities: [8, 10, 0]);

        await crew.S.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = crew.B.McpttId, CallId = crew.Call.CallId, Priority = 2 }, crew.S.Headers);

        var answer = await crew.B.WaitForAsync(e => e.Floor?.Kind is FloorEventKind.QueuePositionInfo or FloorEventKind.Granted, "an answer to b's request");
        Assert.That(answer.Floor.Kind, Is.EqualTo(FloorEventKind.QueuePositionInfo));
    }

    [Test]
    public async Task RequestFloor_ConfiguredHigherThanTheTalker_Preempts()
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, null, priorities: [1, 8, 0]);

        await crew.S.Mcx.RequestFloorAsync(new FloorRequestMessage { McpttId = crew.B.McpttId, CallId = crew.Call.CallId, Priority = 255 }, crew.S.Headers);

        var revoke = await crew.A.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Revoke, "Floor Revoke to a");
        Assert.That(revoke.Floor.Cause, Is.EqualTo(FloorCause.MediaBurstPreempted));
    }
}
