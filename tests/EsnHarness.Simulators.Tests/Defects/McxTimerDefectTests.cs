using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using Google.Protobuf;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Defects of the reference MCX service's timers (talk time, hang time, SDS retransmission), on a fake clock.</summary>
[NonParallelizable]
public sealed class McxTimerDefectTests
{
    private FakeClockHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await FakeClockHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [TestCase(false, FloorState.PendingRevoke, TestName = "TalkTime_Faithful_TalkerRevokedAfterTheGroupsMaximum")]
    [TestCase(true, FloorState.Taken, TestName = "TalkTime_NotEnforcedDefect_TalkerKeepsTheFloor")]
    [ShowsDefect("mcx.talk-time-not-enforced")]
    public async Task TalkTime_TalkerGoesOnPastTheMaximum_FloorState(bool defect, FloorState expected)
    {
        using var crew = await Crew.TalkingAsync(_host.Channel, defect ? McxDefects.TalkTimeNotEnforced : null, g => g.MaxTalkTimeMs = 1000);
        await crew.A.SendMediaAsync(crew.Call.CallId, 0);

        _host.Time.Advance(TimeSpan.FromMilliseconds(1100));

        var call = await crew.CallNowAsync();
        Assert.Multiple(() =>
        {
            Assert.That(call.FloorState, Is.EqualTo(expected));
            Assert.That(call.TalkerMcpttId, Is.EqualTo(crew.A.McpttId));
        });
    }

    [TestCase(false, TestName = "HangTime_Faithful_CallEndsAfterTheGroupsHangTime")]
    [TestCase(true, TestName = "HangTime_IgnoredDefect_CallOutlivesTheGroupsHangTimeUntilTheServiceDefault")]
    [ShowsDefect("mcx.hang-timer-ignored")]
    public async Task HangTime_FloorIdleAfterTheLastTalker_CallEnds(bool defect)
    {
        using var crew = await Crew.TalkingAsync(_host.Channel, defect ? McxDefects.HangTimerIgnored : null, g => g.HangTimeMs = 500);
        await crew.S.Mcx.ReleaseFloorAsync(new FloorReleaseMessage { McpttId = crew.A.McpttId, CallId = crew.Call.CallId }, crew.S.Headers);

        _host.Time.Advance(TimeSpan.FromMilliseconds(600));

        if (defect)
        {
            var calls = await crew.S.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, crew.S.Headers);
            Assert.That(calls.Calls, Has.Count.EqualTo(1), "the call is still up after the group's 500 ms (its hang timer never ran)");
            _host.Time.Advance(TimeSpan.FromSeconds(3.5)); // past the service default of 4 s
        }

        var ended = await crew.B.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "the call ends");
        Assert.That(ended.Call.Cause, Is.EqualTo(Contracts.Common.V1.CallCause.HangTimerExpired));
    }

    [TestCase(false, true, TestName = "SdsRetransmission_Faithful_UnacknowledgedMessageSentAgain")]
    [TestCase(true, false, TestName = "SdsRetransmission_NotRetransmittedDefect_UnacknowledgedMessageNeverSentAgain")]
    [ShowsDefect("mcx.sds-not-retransmitted")]
    public async Task Sds_RecipientDoesNotAcknowledge_SentAgainAfterTheInterval(bool defect, bool sentAgain)
    {
        var s = await DefectScenarios.NewAsync(_host.Channel, defect ? McxDefects.SdsNotRetransmitted : null);
        using var a = await McxProbe.RegisterAsync(s, "a");
        using var b = await McxProbe.RegisterAsync(s, "b");
        await SendAsync(s, "m1", a, b);
        await b.WaitForAsync(e => e.Sds?.Message.MessageId == "m1", "m1 delivered");

        _host.Time.Advance(TimeSpan.FromMilliseconds(250)); // past the 200 ms retransmission interval
        await SendAsync(s, "m2", a, b);

        var events = await b.UntilAsync(e => e.Sds?.Message.MessageId == "m2", "m2, sent after the interval");
        Assert.That(events.Any(e => e.Sds?.Message.MessageId == "m1" && e.Sds.Attempt == 2), Is.EqualTo(sentAgain));
    }

    private static Task SendAsync(Scenario s, string id, McxProbe from, McxProbe to) =>
        s.Mcx.SendSdsAsync(new SendSdsRequest
        {
            Message = new SdsMessage { MessageId = id, SenderMcpttId = from.McpttId, TargetMcpttId = to.McpttId, Payload = ByteString.CopyFromUtf8(id) },
        }, s.Headers).ResponseAsync;
}
