using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Interworking;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The interworking defects of the Airwave cut-over (failure reporting, regroup, dual running, migration), each against the faithful behaviour.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CutOverDefectTests
{
    private static readonly IdentityMapping Doyle = new() { Issi = "1301", McpttId = "sip:pc-doyle@airwave.mps", DisplayName = "PC Doyle" };
    private static readonly IdentityMapping Quinn = new() { Issi = "1302", McpttId = "sip:pc-quinn@airwave.mps", DisplayName = "PC Quinn" };

    [TestCase(false, BridgeStatusKind.Failed, TestName = "FailBridge_Faithful_FeedReportsTheFailure")]
    [TestCase(true, BridgeStatusKind.Removed, TestName = "FailBridge_FailureNotReported_FeedSaysNothingUntilTheRemoval")]
    [ShowsDefect("interworking.failure-not-reported")]
    public async Task FailBridge_ControlRoomFeed_NextEventAfterPatched(bool defect, BridgeStatusKind next)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.failure-not-reported" : null);
        await s.GroupAsync("G");
        var bridge = await BridgeAsync(s, "6101", "G");
        using var feed = new BridgeFeedProbe(s.Interworking.WatchBridges(new WatchBridgesRequest(), s.Headers));
        await feed.NextAsync();

        await s.Interworking.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = BridgeFailure.TetraLinkLost }, s.Headers);
        await s.Interworking.DeleteBridgeAsync(new DeleteBridgeRequest { BridgeId = bridge.BridgeId }, s.Headers);
        var after = await feed.NextAsync();

        Assert.That(after.Kind, Is.EqualTo(next));
    }

    [TestCase(false, true, TestName = "PatchedGroupCall_Faithful_IwfStaysInTheCallOnThePatchedGroup")]
    [TestCase(true, false, TestName = "PatchedGroupCall_RegroupNotCarried_IwfLeavesTheCallOnThePatchedGroup")]
    [ShowsDefect("interworking.regroup-not-carried")]
    public async Task PatchedGroupCall_CallOnTheOtherGroup_IwfInTheCall(bool defect, bool inCall)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.regroup-not-carried" : null);
        await s.GroupAsync("G");
        await s.GroupAsync("H");
        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = "sip:metcc@esn", Agency = Agency.Mps, Role = "dispatcher" } }, s.Headers);
        using var g = await s.DeviceAsync("g", "G");
        using var h = await s.DeviceAsync("h", "H");
        var bridge = await BridgeAsync(s, "6102", "G");
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1301", Talkgroup = "6102", Agency = Agency.Mps }, s.Headers);
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1301" }, s.Headers));
        await s.Mcx.PatchGroupsAsync(new PatchGroupsRequest { McpttId = "sip:metcc@esn", GroupIds = { "G", "H" } }, s.Headers);

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "h" }, s.Headers);
        // A group SDS reaches the IWF's own identity after the call's Connected, and the IWF handles its downlink in order:
        // once the radio has the SDS, the IWF has already stayed in the call or left it.
        await s.Devices.SendSdsAsync(new EsnHarness.Contracts.Device.V1.SendSdsRequest { DeviceId = "g", GroupId = "G", Text = "barrier" }, s.Headers);
        await radio.NextAsync(e => e.Kind == RadioEventKind.Sds, "the group SDS");
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = ptt.CallId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(call.GroupId, Is.EqualTo("H"), "set-up: the call is on the group patched to the bridged one");
            Assert.That(call.Participants.Contains(bridge.IwfMcpttId), Is.EqualTo(inCall), "the IWF (the talkgroup) is in the call");
        });
    }

    [TestCase(false, 1, TestName = "RadioEmergency_Faithful_OneEsnAlert")]
    [TestCase(true, 2, TestName = "RadioEmergency_EmergencyDoubled_TwoEsnAlerts")]
    [ShowsDefect("interworking.emergency-doubled")]
    public async Task RadioEmergency_OpenMicrophone_AlertsOnEsnBeforeTheVoice(bool defect, int alerts)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.emergency-doubled" : null);
        await s.GroupAsync("G");
        using var console = await s.DeviceAsync("console", "G");
        await BridgeAsync(s, "6103", "G");
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1301", Talkgroup = "6103", Agency = Agency.Mps }, s.Headers);
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle } }, s.Headers);

        await s.Interworking.RadioEmergencyAsync(new RadioEmergencyRequest { Issi = "1301", OpenMicrophoneMs = 120 }, s.Headers);
        await console.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == Doyle.McpttId, "the open microphone heard on ESN");

        Assert.That(console.Seen.Count(e => e.EmergencyAlert is { Alert: { Cancelled: false } a } && a.McpttId == Doyle.McpttId), Is.EqualTo(alerts));
    }

    [TestCase(false, 1, TestName = "EsnEmergencyCall_Faithful_OneTetraEmergency")]
    [TestCase(true, 2, TestName = "EsnEmergencyCall_EmergencyDoubled_TwoTetraEmergencies")]
    [ShowsDefect("interworking.emergency-doubled")]
    public async Task EsnEmergencyCall_AlertThenCall_EmergenciesOnTheTalkgroupBeforeTheVoice(bool defect, int emergencies)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.emergency-doubled" : null);
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await BridgeAsync(s, "6104", "G");
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1301", Talkgroup = "6104", Agency = Agency.Mps }, s.Headers);
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1301" }, s.Headers));

        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "esn", GroupId = "G" }, s.Headers);
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "esn", CallType = CallType.EmergencyGroup, GroupId = "G", ImplicitFloorRequest = true }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState is { To: "HasPermission" }, "the emergency caller holds the floor");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "esn", FrameCount = 2 }, s.Headers);
        await radio.NextAsync(e => e.Kind == RadioEventKind.Voice, "the emergency call's voice");

        Assert.That(radio.Seen.Count(e => e.Kind == RadioEventKind.Emergency), Is.EqualTo(emergencies));
    }

    [TestCase(false, TestName = "DeleteBridge_Faithful_OtherBridgesRadioUsersStayOnEsn")]
    [TestCase(true, TestName = "DeleteBridge_CutOverDropsOtherMappings_OtherBridgesRadioUsersLeaveEsn")]
    [ShowsDefect("interworking.cut-over-drops-other-mappings")]
    public async Task DeleteBridge_AnotherBridgeStays_ItsMappedRadioUsersOnEsn(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? "interworking.cut-over-drops-other-mappings" : null);
        await s.GroupAsync("G");
        await s.GroupAsync("H");
        var moving = await BridgeAsync(s, "6105", "G");
        await BridgeAsync(s, "6106", "H");
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1301", Talkgroup = "6105", Agency = Agency.Mps }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1302", Talkgroup = "6106", Agency = Agency.Mps }, s.Headers);
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle, Quinn } }, s.Headers);

        await s.Interworking.DeleteBridgeAsync(new DeleteBridgeRequest { BridgeId = moving.BridgeId }, s.Headers);
        var onH = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { GroupId = "H" }, s.Headers);
        var table = await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest(), s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(onH.Affiliations.Any(a => a.McpttId == Quinn.McpttId), Is.EqualTo(!defect), "the staying talkgroup's radio user is still on ESN");
            Assert.That(table.Mappings.Select(m => m.Issi), defect ? Is.Empty : Is.EqualTo(new[] { "1301", "1302" }));
        });
    }

    private static async Task<Bridge> BridgeAsync(Scenario s, string talkgroup, string group) =>
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = talkgroup, GroupId = group, Agency = Agency.Mps } }, s.Headers);
}
