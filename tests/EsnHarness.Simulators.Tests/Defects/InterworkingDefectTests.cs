using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Interworking;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Interworking defects of the reference IWF, each against the faithful behaviour, through the contracts.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class InterworkingDefectTests
{
    private static readonly IdentityMapping Doyle = new() { Issi = "1201", McpttId = "sip:pc-doyle@airwave.mps", DisplayName = "PC Doyle" };

    [TestCase(false, "sip:pc-doyle@airwave.mps", TestName = "RadioPtt_Faithful_EsnSeesTheMappedTalker")]
    [TestCase(true, "iwf-5201", TestName = "RadioPtt_IdentityNotMapped_EsnSeesTheBridgeItself")]
    [ShowsDefect("interworking.identity-not-mapped")]
    public async Task RadioPtt_MappedRadio_TalkerOnEsn(bool defect, string talker)
    {
        var (s, esn) = await BridgedAsync(defect ? "interworking.identity-not-mapped" : null, "5201");
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle } }, s.Headers);

        await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "1201", Pressed = true }, s.Headers);
        var taken = await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "the radio talking on ESN");

        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(talker));
    }

    [TestCase(false, true, TestName = "RadioEmergency_Faithful_EmergencyCallPreemptsTheEsnTalker")]
    [TestCase(true, false, TestName = "RadioEmergency_EmergencyAsNormalCall_OrdinaryCallNoPreemptionNoAlert")]
    [ShowsDefect("interworking.emergency-as-normal-call")]
    public async Task RadioEmergency_WhileAnEsnUserTalks_CallAndFloor(bool defect, bool emergency)
    {
        var (s, esn) = await BridgedAsync(defect ? "interworking.emergency-as-normal-call" : null, "5202");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState?.To == "HasPermission", "the ESN user talks");

        await s.Interworking.RadioEmergencyAsync(new RadioEmergencyRequest { Issi = "1201", OpenMicrophoneMs = 120 }, s.Headers);
        var call = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers)).Calls.Single();
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(call.Emergency, Is.EqualTo(emergency), "the call is in emergency state");
            Assert.That(state.InEmergency, Is.EqualTo(emergency), "an emergency alert was raised on the group");
        });
        if (emergency)
        {
            await esn.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Revoke, Cause: FloorCause.MediaBurstPreempted }, "the ESN talker pre-empted (cause 4)");
        }
    }

    [TestCase(false, true, TestName = "RadioPtt_Faithful_QueuedWhileAnEsnUserTalks")]
    [TestCase(true, false, TestName = "RadioPtt_FloorNotArbitrated_GrantedOverTheEsnTalker")]
    [ShowsDefect("interworking.floor-not-arbitrated")]
    public async Task RadioPtt_WhileAnEsnUserTalks_RadioQueued(bool defect, bool queued)
    {
        var (s, esn) = await BridgedAsync(defect ? "interworking.floor-not-arbitrated" : null, "5203");
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1201" }, s.Headers));
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState?.To == "HasPermission", "the ESN user talks");

        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "1201", Pressed = true }, s.Headers);
        var answer = await radio.NextAsync(e => e.Kind is RadioEventKind.Queued or RadioEventKind.TransmissionGranted, "the floor's answer");

        Assert.Multiple(() =>
        {
            Assert.That(ptt.Granted, Is.EqualTo(!queued));
            Assert.That(answer.Kind, Is.EqualTo(queued ? RadioEventKind.Queued : RadioEventKind.TransmissionGranted));
        });
    }

    [TestCase(false, SdsPayloadKind.Status, TestName = "RadioStatus_Faithful_EsnGetsAStatusMessage")]
    [TestCase(true, SdsPayloadKind.Text, TestName = "RadioStatus_StatusAsText_EsnGetsFreeText")]
    [ShowsDefect("interworking.status-as-text")]
    public async Task RadioStatus_UserDefined_WhatEsnReceives(bool defect, SdsPayloadKind kind)
    {
        var (s, esn) = await BridgedAsync(defect ? "interworking.status-as-text" : null, "5204");

        await s.Interworking.RadioStatusAsync(new RadioStatusRequest { Issi = "1201", StatusCode = 32771 }, s.Headers);
        var message = (await esn.WaitForAsync(e => e.Message is not null, "the status on ESN")).Message.Message;

        Assert.Multiple(() =>
        {
            Assert.That(message.Kind, Is.EqualTo(kind));
            Assert.That(message.StatusCode, Is.EqualTo(defect ? 0 : 32771));
        });
    }

    [TestCase(false, true, TestName = "FailBridge_Faithful_RadiosToldInterworkingLost")]
    [TestCase(true, false, TestName = "FailBridge_FailureNotSignalled_RadiosNotTold")]
    [ShowsDefect("interworking.failure-not-signalled")]
    public async Task FailBridge_LinkLost_RadiosTold(bool defect, bool told)
    {
        var (s, _) = await BridgedAsync(defect ? "interworking.failure-not-signalled" : null, "5205");
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1201" }, s.Headers));
        var bridge = (await s.Interworking.ListBridgesAsync(new ListBridgesRequest(), s.Headers)).Bridges.Single();

        await s.Interworking.FailBridgeAsync(new FailBridgeRequest { BridgeId = bridge.BridgeId, Failure = BridgeFailure.TetraLinkLost }, s.Headers);
        await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "1201", Pressed = true }, s.Headers);
        await radio.NextAsync(RadioEventKind.TransmissionDenied);

        Assert.That(radio.Seen.Any(e => e.Kind == RadioEventKind.InterworkingLost), Is.EqualTo(told),
            "before its next press was denied, the radio was told the interworking was lost");
    }

    /// <summary>A scenario with <paramref name="defect"/> on (if any): group G, an ESN user in it, talkgroup <paramref name="talkgroup"/> bridged to G with radio 1201.</summary>
    private static async Task<(Scenario S, DeviceProbe Esn)> BridgedAsync(string? defect, string talkgroup)
    {
        var s = await DefectScenarios.StartAsync(defect);
        await s.GroupAsync("G");
        var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = talkgroup, GroupId = "G", Agency = Agency.Mps } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1201", Talkgroup = talkgroup, Agency = Agency.Mps }, s.Headers);
        return (s, esn);
    }
}
