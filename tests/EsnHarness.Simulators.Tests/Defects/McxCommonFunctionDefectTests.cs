using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Defects of the reference MCX's common functions, each against the faithful behaviour, through the contracts.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McxCommonFunctionDefectTests
{
    [TestCase(false, "Trojan 21", TestName = "FloorTaken_Faithful_CarriesTheActivatedAlias")]
    [TestCase(true, "", TestName = "FloorTaken_AliasMissingDefect_IdentityWithoutAlias")]
    [ShowsDefect("mcx.functional-alias-missing-from-floor-taken")]
    public async Task FloorTaken_TalkerHoldsAnAlias_Alias(bool defect, string expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.AliasMissingFromFloorTaken.Name : null);
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await FunctionalAliasTests.ConfigureAsync(s, "Trojan 21", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 21" }, s.Headers);

        await a.CallAsync("G", talk: true);

        var taken = await b.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "b sees a talking");
        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(a.McpttId), "the identity either way");
        Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo(expected));
    }

    [TestCase(false, new[] { "c1", "c2", "c3" }, TestName = "PrivateCallToSharedAlias_Faithful_EveryHolderRings")]
    [TestCase(true, new[] { "c1" }, TestName = "PrivateCallToSharedAlias_FirstHolderOnlyDefect_OnlyTheFirstRings")]
    [ShowsDefect("mcx.functional-alias-first-holder-only")]
    public async Task PrivateCallToSharedAlias_ThreeHolders_WhoRings(bool defect, string[] ringing)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.AliasFirstHolderOnly.Name : null);
        await s.GroupAsync("BARRIER");
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        await FunctionalAliasTests.ConfigureAsync(s, "E271 Crew", shareable: true);
        using var c1 = await HolderAsync(s, "c1", "E271 Crew");
        using var c2 = await HolderAsync(s, "c2", "E271 Crew");
        using var c3 = await HolderAsync(s, "c3", "E271 Crew");

        await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = caller.McpttId, CallType = CallType.Private, TargetFunctionalAlias = "E271 Crew" }, s.Headers);

        var rung = new List<string>();
        foreach (var member in new[] { c1, c2, c3 })
        {
            await member.AffiliateAsync("BARRIER");
            var events = await member.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the member's later affiliation");
            if (events.Any(e => e.Call?.Kind == CallEventKind.Incoming))
            {
                rung.Add(member.McpttId);
            }
        }

        Assert.That(rung, Is.EqualTo(ringing.Select(n => $"sip:{n}@esn")));
    }

    [TestCase(false, StatusCode.FailedPrecondition, TestName = "ActivateExclusiveAlias_Faithful_SecondUserRefused")]
    [TestCase(true, StatusCode.OK, TestName = "ActivateExclusiveAlias_NotExclusiveDefect_SecondUserHoldsItToo")]
    [ShowsDefect("mcx.functional-alias-not-exclusive")]
    public async Task ActivateExclusiveAlias_HeldByAnother_Outcome(bool defect, StatusCode expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.AliasNotExclusive.Name : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await FunctionalAliasTests.ConfigureAsync(s, "Trojan 21", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 21" }, s.Headers);

        var outcome = await OutcomeAsync(() => s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = b.McpttId, Alias = "Trojan 21" }, s.Headers).ResponseAsync);
        var holders = await s.Common.ListFunctionalAliasesAsync(new ListFunctionalAliasesRequest(), s.Headers);

        Assert.That(outcome, Is.EqualTo(expected));
        Assert.That(holders.Aliases.Single().Holders.Count, Is.EqualTo(defect ? 2 : 1));
    }

    [TestCase(false, StatusCode.OK, TestName = "HandOverExclusiveAlias_Faithful_NextOfficerTakesIt")]
    [TestCase(true, StatusCode.FailedPrecondition, TestName = "HandOverExclusiveAlias_DeactivationIgnoredDefect_StillHeldByTheFirst")]
    [ShowsDefect("mcx.functional-alias-deactivation-ignored")]
    public async Task HandOverExclusiveAlias_FirstDeactivates_SecondActivates(bool defect, StatusCode expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.AliasDeactivationIgnored.Name : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await FunctionalAliasTests.ConfigureAsync(s, "Trojan 21", shareable: false);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 21" }, s.Headers);

        var deactivated = await s.Common.DeactivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = a.McpttId, Alias = "Trojan 21" }, s.Headers);
        var outcome = await OutcomeAsync(() => s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = b.McpttId, Alias = "Trojan 21" }, s.Headers).ResponseAsync);

        Assert.That(deactivated.Holders, Is.Empty, "acknowledged either way");
        Assert.That(outcome, Is.EqualTo(expected));
    }

    [TestCase(false, TestName = "FirstToAnswer_Faithful_SecondReleasedWithCompletedElsewhere")]
    [TestCase(true, TestName = "FirstToAnswer_ConnectsAllDefect_SecondAlsoConnected")]
    [ShowsDefect("mcx.first-to-answer-connects-all")]
    public async Task FirstToAnswer_TwoAccept_OnlyTheFirstConnected(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.FirstToAnswerConnectsAll.Name : null);
        using var caller = await McxProbe.RegisterAsync(s, "caller");
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        var call = (await s.Mcx.SetupCallAsync(new SetupCallRequest
        {
            McpttId = caller.McpttId, CallType = CallType.FirstToAnswer, CandidateMcpttIds = { a.McpttId, b.McpttId },
        }, s.Headers)).Call;
        await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "a rings");
        await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "b rings");

        await s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = a.McpttId, CallId = call.CallId, Accept = true }, s.Headers);
        var second = await OutcomeAsync(() => s.Mcx.AnswerCallAsync(new AnswerCallRequest { McpttId = b.McpttId, CallId = call.CallId, Accept = true }, s.Headers).ResponseAsync);
        var after = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);

        if (defect)
        {
            Assert.That(second, Is.EqualTo(StatusCode.OK));
            Assert.That(after.Participants, Is.EquivalentTo(new[] { caller.McpttId, a.McpttId, b.McpttId }), "more than one answerer connected");
            return;
        }

        var released = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "b released");
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(released.Call.Cause, Is.EqualTo(CallCause.CompletedElsewhere));
            Assert.That(after.Participants, Is.EquivalentTo(new[] { caller.McpttId, a.McpttId }));
            Assert.That(after.Candidates, Is.Empty);
        });
    }

    [TestCase(false, StatusCode.PermissionDenied, TestName = "ChangeSelectedGroup_Faithful_CrewMemberRefused")]
    [TestCase(true, StatusCode.OK, TestName = "ChangeSelectedGroup_UnauthorisedDefect_CrewMemberChangesIt")]
    [ShowsDefect("mcx.remote-group-change-unauthorised")]
    public async Task ChangeSelectedGroup_ByCrewMember_Outcome(bool defect, StatusCode expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.RemoteGroupChangeUnauthorised.Name : null);
        await s.GroupAsync("G");
        await s.GroupAsync("INCIDENT");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");

        var outcome = await OutcomeAsync(() => s.Common.ChangeSelectedGroupAsync(new ChangeSelectedGroupRequest
        {
            RequesterMcpttId = a.McpttId, TargetMcpttId = b.McpttId, GroupId = "INCIDENT",
        }, s.Headers).ResponseAsync);

        Assert.That(outcome, Is.EqualTo(expected));
    }

    [TestCase(false, TestName = "EmergencyTalkTime_Faithful_OpenMicKeepsTheFloorPastTheNormalLimit")]
    [TestCase(true, TestName = "EmergencyTalkTime_OpenMicCutDefect_RevokedAtTheNormalLimit")]
    [ShowsDefect("mcx.open-mic-cut-at-talk-time")]
    public async Task EmergencyTalkTime_EmergencyTalkerPastTheNormalLimit_Revoked(bool defect)
    {
        await using var host = await FakeClockHost.StartAsync();
        var s = await DefectScenarios.NewAsync(host.Channel, defect ? McxCommonFunctionDefects.OpenMicCutAtTalkTime : null);
        await s.GroupAsync("G", g => { g.MaxTalkTimeMs = 1000; g.EmergencyTalkTimeMs = 5000; });
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        var call = await a.CallAsync("G", CallType.EmergencyGroup, talk: true);
        var granted = await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "a granted");
        await a.SendMediaAsync(call.CallId, 0);

        host.Time.Advance(TimeSpan.FromMilliseconds(1100));
        var atNormalLimit = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = call.CallId }, s.Headers);

        Assert.That(granted.Floor.DurationLimitMs, Is.EqualTo(defect ? 1000u : 5000u), "the talk time granted");
        Assert.That(atNormalLimit.FloorState, Is.EqualTo(defect ? FloorState.PendingRevoke : FloorState.Taken));
        if (!defect)
        {
            for (var sequence = 1u; sequence <= 4; sequence++)
            {
                await a.SendMediaAsync(call.CallId, sequence); // the open microphone keeps sending (no T1 expiry)
                host.Time.Advance(TimeSpan.FromMilliseconds(1000)); // to 5.1 s: past the emergency talk time too
            }

            var revoke = await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Revoke, "a revoked at the emergency talk time");
            Assert.That(revoke.Floor.Cause, Is.EqualTo(FloorCause.InternalErrorOrTalkTimeExceeded));
        }
    }

    [TestCase(false, 51.5183, TestName = "FloorTaken_Faithful_TalkersLatestLocation")]
    [TestCase(true, 51.5045, TestName = "FloorTaken_TalkerLocationFromLogOnDefect_TheLogOnLocation")]
    [ShowsDefect("mcx.talker-location-from-log-on")]
    public async Task FloorTaken_TalkerMovedSinceLogOn_LocationCarried(bool defect, double latitude)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.TalkerLocationFromLogOn.Name : null);
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        await ReportAsync(s, a, 51.5045, -0.1263, "log-on");
        await ReportAsync(s, a, 51.5183, -0.0806, "cell-change");

        await a.CallAsync("G", talk: true);

        var taken = await b.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "b sees a talking");
        Assert.That(taken.Floor.TalkerLocation.LatitudeDeg, Is.EqualTo(latitude));
    }

    [TestCase(false, 0, TestName = "CallBack_Faithful_ClearedByTheCallBack")]
    [TestCase(true, 1, TestName = "CallBack_NotClearedDefect_StillStandingAfterTheCallBack")]
    [ShowsDefect("mcx.call-back-not-cleared")]
    public async Task CallBack_TargetCallsBack_RequestsStanding(bool defect, int standing)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.CallBackNotCleared.Name : null);
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher");
        await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);

        await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = dispatcher.McpttId, CallType = CallType.Private, TargetMcpttId = officer.McpttId }, s.Headers);

        var list = await s.Common.ListCallBacksAsync(new ListCallBacksRequest { TargetMcpttId = dispatcher.McpttId }, s.Headers);
        Assert.That(list.CallBacks, Has.Count.EqualTo(standing));
    }

    [TestCase(false, FloorEventKind.Deny, TestName = "AmbientListening_Faithful_ListenerDeniedTheFloor")]
    [TestCase(true, FloorEventKind.Granted, TestName = "AmbientListening_ListenerCanTalkDefect_ListenerGetsTheFloor")]
    [ShowsDefect("mcx.ambient-listener-can-talk")]
    public async Task AmbientListening_ListenerRequestsTheFloor_Answer(bool defect, FloorEventKind expected)
    {
        var s = await DefectScenarios.StartAsync(defect ? McxCommonFunctionDefects.AmbientListenerCanTalk.Name : null);
        using var listener = await AmbientListeningCallTests.ListenerAsync(s, "metcc");
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        var call = await AmbientListeningCallTests.ListenAsync(s, listener, officer);
        await officer.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "the officer's terminal granted the floor");
        await s.Mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = officer.McpttId, CallId = call.CallId }, s.Headers);
        await listener.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Idle && e.Floor.CallId == call.CallId, "the floor idle");

        await listener.RequestFloorAsync(call.CallId);

        var answer = await listener.WaitForAsync(e => e.Floor?.Kind is FloorEventKind.Deny or FloorEventKind.Granted, "the answer to the listener's request");
        Assert.That(answer.Floor.Kind, Is.EqualTo(expected));
        if (!defect)
        {
            Assert.That(answer.Floor.Cause, Is.EqualTo(FloorCause.ReceiveOnly));
        }
    }

    private static async Task<McxProbe> HolderAsync(Scenario s, string name, string alias)
    {
        var member = await McxProbe.RegisterAsync(s, name);
        await s.Common.ActivateFunctionalAliasAsync(new FunctionalAliasRequest { McpttId = member.McpttId, Alias = alias }, s.Headers);
        return member;
    }

    private static Task ReportAsync(Scenario s, McxProbe who, double lat, double lon, string trigger) =>
        s.Mcx.ReportLocationAsync(new ReportLocationRequest
        {
            McpttId = who.McpttId, Trigger = trigger, Location = new GeoLocation { LatitudeDeg = lat, LongitudeDeg = lon },
        }, s.Headers).ResponseAsync;

    private static async Task<StatusCode> OutcomeAsync<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
