using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Floor-control defects of the reference MCX service, each against the faithful behaviour, over its gRPC contract.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxFloorDefectTests
{
    [TestCase(false, 1u, TestName = "QueuePositionInfo_Faithful_FirstInLineToldOne")]
    [TestCase(true, 2u, TestName = "QueuePositionInfo_OffByOneDefect_FirstInLineToldTwo")]
    [ShowsDefect("mcx.queue-position-off-by-one")]
    public async Task QueuePositionInfo_SecondTalkerQueued_PositionTold(bool defect, uint told)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.QueuePositionOffByOne : null);

        await crew.B.RequestFloorAsync(crew.Call.CallId);

        var info = await crew.B.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.QueuePositionInfo, "Queue Position Info");
        Assert.That(info.Floor.QueuePosition, Is.EqualTo(told));
    }

    [TestCase(false, FloorState.PendingRevoke, TestName = "FloorPriority_Faithful_HigherPriorityPreemptsTheTalker")]
    [TestCase(true, FloorState.Taken, TestName = "FloorPriority_IgnoredDefect_HigherPriorityOnlyQueued")]
    [ShowsDefect("mcx.floor-priority-ignored")]
    public async Task FloorPriority_HigherProfilePriorityRequests_FloorState(bool defect, FloorState expected)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.FloorPriorityIgnored : null, priorities: [1, 8, 0]);

        await crew.B.RequestFloorAsync(crew.Call.CallId);

        var call = await crew.CallNowAsync();
        Assert.Multiple(() =>
        {
            Assert.That(call.FloorState, Is.EqualTo(expected));
            Assert.That(call.TalkerMcpttId, Is.EqualTo(crew.A.McpttId), "a keeps the floor until revoked");
        });
    }

    [TestCase(false, FloorCause.MediaBurstPreempted, TestName = "RevokeCause_Faithful_PreemptedTalkerToldCause4")]
    [TestCase(true, FloorCause.InternalErrorOrTalkTimeExceeded, TestName = "RevokeCause_WrongCauseDefect_PreemptedTalkerToldCause2")]
    [ShowsDefect("mcx.wrong-revoke-cause")]
    public async Task Revoke_TalkerPreempted_Cause(bool defect, FloorCause cause)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.WrongRevokeCause : null, priorities: [1, 8, 0]);

        await crew.B.RequestFloorAsync(crew.Call.CallId);

        var revoke = await crew.A.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Revoke, "Floor Revoke to a");
        Assert.That(revoke.Floor.Cause, Is.EqualTo(cause));
    }

    [TestCase(false, FloorCause.AnotherClientHasPermission, TestName = "DenyCause_Faithful_NoQueueingSecondTalkerToldCause1")]
    [TestCase(true, FloorCause.QueueFull, TestName = "DenyCause_WrongCauseDefect_NoQueueingSecondTalkerToldCause7")]
    [ShowsDefect("mcx.wrong-deny-cause")]
    public async Task Deny_FloorTakenWithoutQueueing_Cause(bool defect, FloorCause cause)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.WrongDenyCause : null, g => g.QueueingEnabled = false);

        await crew.B.RequestFloorAsync(crew.Call.CallId);

        var deny = await crew.B.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Deny, "Floor Deny to b");
        Assert.That(deny.Floor.Cause, Is.EqualTo(cause));
    }

    [TestCase(false, "sip:a@esn", "A", TestName = "FloorTaken_Faithful_NamesTalkerAndAlias")]
    [TestCase(true, "", "", TestName = "FloorTaken_AnonymousDefect_NamesNobody")]
    [ShowsDefect("mcx.floor-taken-anonymous")]
    public async Task FloorTaken_ListenerTold_TalkerIdentity(bool defect, string talker, string alias)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.FloorTakenAnonymous : null);

        var taken = await crew.B.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "Floor Taken to b");

        Assert.Multiple(() =>
        {
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(talker));
            Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo(alias));
        });
    }

    [TestCase(false, true, TestName = "LateEntry_Faithful_FloorTakenBeforeTheFirstFrame")]
    [TestCase(true, false, TestName = "LateEntry_NoFloorTakenDefect_FirstFrameWithoutFloorTaken")]
    [ShowsDefect("mcx.late-entry-no-floor-taken")]
    public async Task LateEntry_MemberAffiliatesDuringTheCall_ToldWhoTalksBeforeHearingThem(bool defect, bool toldTalker)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.LateEntryNoFloorTaken : null);
        using var late = await McxProbe.RegisterAsync(crew.S, "late");

        await late.AffiliateAsync("G");
        await crew.A.SendMediaAsync(crew.Call.CallId, 0);

        var events = await late.UntilAsync(e => e.Media is not null, "the talker's first frame");
        Assert.Multiple(() =>
        {
            Assert.That(events[0].Affiliation, Is.Not.Null, "affiliation acknowledged first");
            Assert.That(events.Any(e => e.Call?.Kind == CallEventKind.Connected), Is.True, "late entrant connected");
            Assert.That(events.Any(e => e.Floor?.Kind == FloorEventKind.Taken && e.Floor.TalkerMcpttId == crew.A.McpttId), Is.EqualTo(toldTalker));
        });
    }

    [TestCase(false, FloorEventKind.Deny, TestName = "Broadcast_Faithful_ListenerDeniedReceiveOnly")]
    [TestCase(true, FloorEventKind.QueuePositionInfo, TestName = "Broadcast_OthersTalkDefect_ListenerQueuedToTalk")]
    [ShowsDefect("mcx.broadcast-others-talk")]
    public async Task Broadcast_ListenerRequestsTheFloor_Answer(bool defect, FloorEventKind answer)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect ? McxDefects.BroadcastOthersTalk : null);
        await s.GroupAsync("G");
        using var d = await McxProbe.RegisterAsync(s, "d", "dispatcher", "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        var call = await d.CallAsync("G", CallType.BroadcastGroup, talk: true);

        await b.RequestFloorAsync(call.CallId);

        var told = await b.WaitForAsync(e => e.Floor?.Kind is FloorEventKind.Deny or FloorEventKind.QueuePositionInfo or FloorEventKind.Granted, "an answer to b's request");
        Assert.That(told.Floor.Kind, Is.EqualTo(answer));
    }

    [TestCase(false, FloorState.PendingRevoke, TestName = "GroupUserPriority_Faithful_GroupDocumentPriorityPreempts")]
    [TestCase(true, FloorState.Taken, TestName = "GroupUserPriority_IgnoredDefect_ProfilePrioritiesOnly")]
    [ShowsDefect("mcx.gms-user-priority-ignored")]
    public async Task GroupUserPriority_MemberRankedHigherByTheGroup_FloorState(bool defect, FloorState expected)
    {
        // Profiles say a outranks b (8 > 1); the group says b outranks a on this group (10 > 1).
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.GmsUserPriorityIgnored : null,
            g => g.MemberPriorities.Add(new Dictionary<string, uint> { ["sip:a@esn"] = 1, ["sip:b@esn"] = 10 }), priorities: [8, 1, 0]);

        await crew.B.RequestFloorAsync(crew.Call.CallId);

        Assert.That((await crew.CallNowAsync()).FloorState, Is.EqualTo(expected));
    }

    [TestCase(false, FloorState.PendingRevoke, TestName = "EmergencyCall_Faithful_PreemptsTheRoutineTalker")]
    [TestCase(true, FloorState.Taken, TestName = "EmergencyCall_NoPreemptionDefect_UserInDistressQueued")]
    [ShowsDefect("mcx.emergency-no-preemption")]
    public async Task EmergencyCall_StartedWhileARoutineTalkerHoldsTheFloor_FloorState(bool defect, FloorState expected)
    {
        using var crew = await Crew.TalkingAsync(HostSetup.Channel, defect ? McxDefects.EmergencyNoPreemption : null, priorities: [0, 0, 0]);

        var call = await crew.B.CallAsync("G", CallType.EmergencyGroup, talk: true);

        Assert.Multiple(() =>
        {
            Assert.That(call.Emergency, Is.True, "the call became an emergency call either way");
            Assert.That(call.FloorState, Is.EqualTo(expected));
            Assert.That(call.FloorQueue, Is.EqualTo(new[] { crew.B.McpttId }), "b waits for the floor: after T3 (faithful) or until a releases (defect)");
        });
    }
}
