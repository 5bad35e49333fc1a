using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>
/// The control-room defects, each against the faithful behaviour. "Not told" is shown with a barrier: an event the test
/// causes afterwards on the same ordered downlink.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class ControlRoomDefectTests
{
    [TestCase(null, 2, TestName = "Recording_Faithful_DispatcherBurstRecorded")]
    [TestCase("mcx.recording-misses-dispatchers", 1, TestName = "Recording_MissesDispatchersDefect_OnlyTheCrewBurst")]
    [ShowsDefect("mcx.recording-misses-dispatchers")]
    public async Task Recording_CrewThenDispatcherTalk_BothBurstsRecorded(string? defect, int bursts)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await Positions.GroupAsync(s, "FLON-OPS01", Agency.Lfb);
        using var crew = await Positions.CrewAsync(s, "ff", Agency.Lfb, "FLON-OPS01");
        using var control = await Positions.DispatcherAsync(s, "control", Agency.Lfb, "FLON-OPS01");

        await Positions.TalkAsync(crew, "FLON-OPS01", 1, 2);
        await Positions.TalkAsync(control, "FLON-OPS01", 1, 2);

        var record = (await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest(), s.Headers)).Records.Single();
        Assert.That(record.Bursts, Has.Count.EqualTo(bursts));
    }

    [TestCase(null, true, TestName = "Evidence_Faithful_HashCoversTheBursts")]
    [TestCase("mcx.evidence-hash-partial", false, TestName = "Evidence_HashPartialDefect_HashDoesNotRecompute")]
    [ShowsDefect("mcx.evidence-hash-partial")]
    public async Task ExportCallRecord_Recomputed_HashMatches(string? defect, bool matches)
    {
        var s = await DefectScenarios.StartAsync(defect);
        var (callId, dispatcher) = await RetentionTests.RecordedCallAsync(s, "FLON-OPS01", Agency.Lfb);

        var export = await s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = dispatcher, CallId = callId }, s.Headers);

        Assert.That(export.ContentSha256 == EvidenceHash.Of(export.Record), Is.EqualTo(matches));
    }

    [TestCase(null, StatusCode.NotFound, TestName = "Retention_Faithful_ExpiredLfbRecordRefused")]
    [TestCase("mcx.retention-ignored", StatusCode.OK, TestName = "Retention_IgnoredDefect_ExpiredLfbRecordStillExported")]
    [ShowsDefect("mcx.retention-ignored")]
    public async Task ExportCallRecord_FiveYearsAndADayAfterTheCall_Refused(string? defect, StatusCode expected)
    {
        var s = await DefectScenarios.StartAsync(defect);
        var (callId, dispatcher) = await RetentionTests.RecordedCallAsync(s, "FLON-OPS01", Agency.Lfb);
        await s.Recording.PassRetentionTimeAsync(new PassRetentionTimeRequest { Years = 5, Days = 1 }, s.Headers);

        var status = await StatusOfAsync(() => s.Recording.ExportCallRecordAsync(new ExportCallRecordRequest { McpttId = dispatcher, CallId = callId }, s.Headers).ResponseAsync);

        Assert.That(status, Is.EqualTo(expected));
    }

    [TestCase(null, 1, TestName = "Retention_Faithful_MpsRecordKeptSixYears")]
    [TestCase("mcx.retention-shortest-period", 0, TestName = "Retention_ShortestPeriodDefect_MpsRecordDeletedAtLfbsFiveYears")]
    [ShowsDefect("mcx.retention-shortest-period")]
    public async Task PassRetentionTime_SixYears_MpsRecordStillHeld(string? defect, int held)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await RetentionTests.RecordedCallAsync(s, "MPS-LX-OPS1", Agency.Mps);

        await s.Recording.PassRetentionTimeAsync(new PassRetentionTimeRequest { Years = 6 }, s.Headers);

        var records = await s.Recording.ListCallRecordsAsync(new ListCallRecordsRequest(), s.Headers);
        Assert.That(records.Records, Has.Count.EqualTo(held));
    }

    [TestCase(null, true, TestName = "Failover_Faithful_FallbackConsoleGivenTheOpenAlert")]
    [TestCase("mcx.failover-loses-emergencies", false, TestName = "Failover_LosesEmergenciesDefect_FallbackConsoleNeverTold")]
    [ShowsDefect("mcx.failover-loses-emergencies")]
    public async Task Register_FallbackConsoleAfterAnAlert_GivenTheAlert(string? defect, bool given)
    {
        var s = await DefectScenarios.StartAsync(defect);
        var (crewProbe, lambethProbe) = await FailoverTests.SiteAsync(s);
        using var crew = crewProbe;
        using var lambeth = lambethProbe;
        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = crew.McpttId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await Positions.GroupAsync(s, "BARRIER", Agency.Mps);

        using var hendon = await Positions.DispatcherAtAsync(s, "metcc", Agency.Mps, "console-hendon", "MPS-LX-OPS1", "BARRIER");

        var events = await hendon.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the later affiliation");
        Assert.That(events.Any(e => e.EmergencyAlert?.Alert.McpttId == crew.McpttId), Is.EqualTo(given));
    }

    [TestCase(null, true, TestName = "Failover_Faithful_FallbackConsoleEntersTheCall")]
    [TestCase("mcx.reregistration-keeps-old-client", false, TestName = "Failover_KeepsOldClientDefect_FallbackConsoleNeverEntersTheCall")]
    [ShowsDefect("mcx.reregistration-keeps-old-client")]
    public async Task Register_FallbackConsoleDuringACall_EntersTheCall(string? defect, bool entered)
    {
        var s = await DefectScenarios.StartAsync(defect);
        var (crewProbe, lambethProbe) = await FailoverTests.SiteAsync(s);
        using var crew = crewProbe;
        using var lambeth = lambethProbe;
        await FailoverTests.TalkingAsync(crew);
        await Positions.GroupAsync(s, "BARRIER", Agency.Mps);

        using var hendon = await Positions.DispatcherAtAsync(s, "metcc", Agency.Mps, "console-hendon", "MPS-LX-OPS1", "BARRIER");

        var events = await hendon.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the later affiliation");
        Assert.That(events.Any(e => e.Call is { Kind: CallEventKind.Connected }), Is.EqualTo(entered));
    }

    [TestCase(null, StatusCode.PermissionDenied, TestName = "Separation_Faithful_LasConsoleRefusedAnMpsGroup")]
    [TestCase("mcx.dispatcher-agency-unchecked", StatusCode.OK, TestName = "Separation_AgencyUncheckedDefect_LasConsoleMonitorsAnMpsGroup")]
    [ShowsDefect("mcx.dispatcher-agency-unchecked")]
    public async Task Affiliate_LasConsoleToAnMpsGroup_Refused(string? defect, StatusCode expected)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        using var las = await Positions.DispatcherAsync(s, "las-eoc", Agency.Las);

        Assert.That(await StatusOfAsync(() => las.AffiliateAsync("MPS-LX-OPS1")), Is.EqualTo(expected));
    }

    [TestCase(null, true, TestName = "Patch_Faithful_SecondGroupsMemberTold")]
    [TestCase("mcx.patch-told-to-one-group", false, TestName = "Patch_ToldToOneGroupDefect_SecondGroupsMemberNeverTold")]
    [ShowsDefect("mcx.patch-told-to-one-group")]
    public async Task PatchGroups_MemberOfTheSecondGroup_Told(string? defect, bool told)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        await Positions.GroupAsync(s, "MPS-SO-OPS1", Agency.Mps);
        await Positions.GroupAsync(s, "BARRIER", Agency.Mps);
        using var metcc = await Positions.DispatcherAsync(s, "metcc", Agency.Mps, "MPS-LX-OPS1", "MPS-SO-OPS1");
        using var byrne = await Positions.CrewAsync(s, "byrne", Agency.Mps, "MPS-SO-OPS1");

        await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = metcc.McpttId, GroupIds = { "MPS-LX-OPS1", "MPS-SO-OPS1" } }, s.Headers);
        await byrne.AffiliateAsync("BARRIER");

        var events = await byrne.UntilAsync(e => e.Affiliation?.Affiliation.GroupId == "BARRIER", "the later affiliation");
        Assert.That(events.Any(e => e.Patch is not null), Is.EqualTo(told));
    }

    [TestCase(null, false, TestName = "Unpatch_Faithful_NextCallLeavesTheOtherGroupOut")]
    [TestCase("mcx.unpatch-keeps-bridge", true, TestName = "Unpatch_KeepsBridgeDefect_NextCallStillReachesTheOtherGroup")]
    [ShowsDefect("mcx.unpatch-keeps-bridge")]
    public async Task UnpatchGroups_NextCallOnOneGroup_OtherGroupLeftOut(string? defect, bool reached)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        await Positions.GroupAsync(s, "MPS-SO-OPS1", Agency.Mps);
        using var metcc = await Positions.DispatcherAsync(s, "metcc", Agency.Mps);
        using var patel = await Positions.CrewAsync(s, "patel", Agency.Mps, "MPS-LX-OPS1");
        using var byrne = await Positions.CrewAsync(s, "byrne", Agency.Mps, "MPS-SO-OPS1");
        var patch = await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = metcc.McpttId, GroupIds = { "MPS-LX-OPS1", "MPS-SO-OPS1" } }, s.Headers);
        var patched = await patel.CallAsync("MPS-LX-OPS1");
        await s.Mcx.UnpatchGroupsAsync(new UnpatchGroupsRequest { McpttId = metcc.McpttId, PatchId = patch.PatchId }, s.Headers);
        await Positions.EndAsync(patched.CallId, patel, byrne);

        var next = await patel.CallAsync("MPS-LX-OPS1");

        Assert.That(next.CallId, Is.Not.EqualTo(patched.CallId));
        Assert.That(next.Participants.Contains(byrne.McpttId), Is.EqualTo(reached));
    }

    [TestCase(null, true, TestName = "AudioSelect_Faithful_OtherGroupMuted")]
    [TestCase("device.audio-select-ignored", false, TestName = "AudioSelect_IgnoredDefect_OtherGroupPlayed")]
    [ShowsDefect("device.audio-select-ignored")]
    public async Task SelectGroup_FrameOnTheOtherMonitoredGroup_Muted(string? defect, bool muted)
    {
        var s = await DefectScenarios.StartAsync(defect);
        var (console, a, b) = await AudioSelectTests.MonitoringAsync(s);
        using (console)
        using (a)
        using (b)
        {
            await ConsoleDevices.SpeakAsync(s, b, 2);

            var frame = await console.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == b.McpttId, "a frame from the other group");
            Assert.That((frame.Media.AudioMuted, frame.Media.PlayedAt is null), Is.EqualTo((muted, muted)));
        }
    }

    private static async Task<StatusCode> StatusOfAsync(Func<Task> request)
    {
        try
        {
            await request();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
