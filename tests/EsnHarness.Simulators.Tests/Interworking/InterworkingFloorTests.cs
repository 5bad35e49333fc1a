using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>The interworking function's ESN floor follows TS 24.380 through its floor participant: queueing and pre-emption across the bridge.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class InterworkingFloorTests
{
    [Test]
    public async Task RadioPtt_EsnUserTalking_AnswersQueuedAtOnceThenGrantedWhenTheFloorFrees()
    {
        var (s, esn, radio) = await BridgedAsync("G", "4001", "41");
        await TalkAsync(s, esn);

        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "41", Pressed = true }, s.Headers);
        var queued = await NextAsync(radio, RadioEventKind.Queued);
        var queue = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers)).Calls.Single().FloorQueue;
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await NextAsync(radio, RadioEventKind.TransmissionGranted);
        var frames = await s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "41", FrameCount = 2 }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(ptt.Granted, Is.False, "the press answers once queued, without waiting for the grant");
            Assert.That(queued.QueuePosition, Is.EqualTo(1));
            Assert.That(queue, Is.EqualTo(new[] { "iwf-4001" }));
            Assert.That(frames.FramesSent, Is.EqualTo(2), "the queued grant was accepted: the radio may talk");
        });
    }

    [Test]
    public async Task RadioTransmitting_EsnEmergencyCallPreempts_RadioToldRevokedWithCause4()
    {
        var (s, esn, radio) = await BridgedAsync("G", "4002", "42");
        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "42", Pressed = true }, s.Headers);
        await NextAsync(radio, RadioEventKind.TransmissionGranted);

        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "esn", CallType = CallType.EmergencyGroup, ImplicitFloorRequest = true }, s.Headers);
        var denied = await NextAsync(radio, RadioEventKind.TransmissionDenied);
        await esn.WaitForAsync(e => e.FloorState is { To: "HasPermission" }, "the emergency caller gets the floor");

        Assert.Multiple(() =>
        {
            Assert.That(ptt.Granted, Is.True);
            Assert.That(denied.Detail, Does.Contain("Floor Revoke, cause 4"));
            Assert.ThrowsAsync<RpcException>(async () => await s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "42", FrameCount = 1 }, s.Headers),
                "a revoked radio no longer holds the transmission");
        });
    }

    [Test]
    public async Task RadioPtt_NoCallUp_CallSetUpWithTheRequestAndGranted()
    {
        var (s, esn, radio) = await BridgedAsync("G", "4003", "43");

        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "43", Pressed = true }, s.Headers);
        var taken = await esn.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "ESN sees the bridge talking");

        Assert.Multiple(() =>
        {
            Assert.That(ptt.Granted, Is.True);
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo("iwf-4003"));
        });
    }

    [Test]
    public async Task RadioPtt_SecondRadioWhileFirstTransmits_DeniedOnTheTetraSide()
    {
        var (s, esn, radio) = await BridgedAsync("G", "4004", "44");
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "45", Talkgroup = "4004" }, s.Headers);
        var first = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "44", Pressed = true }, s.Headers);

        var second = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "45", Pressed = true }, s.Headers);
        var again = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "44", Pressed = true }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(first.Granted, Is.True);
            Assert.That(second.Granted, Is.False, "one transmitter per talkgroup");
            Assert.That(again.Granted, Is.True, "the transmitting radio pressing again keeps its grant");
        });
    }

    private static async Task<(Scenario S, DeviceProbe Esn, AsyncServerStreamingCall<RadioEvent> Radio)> BridgedAsync(string group, string talkgroup, string issi)
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync(group);
        var esn = await s.DeviceAsync("esn", group);
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = talkgroup, GroupId = group } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = issi, Talkgroup = talkgroup }, s.Headers);
        return (s, esn, s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = issi }, s.Headers));
    }

    private static async Task TalkAsync(Scenario s, DeviceProbe esn)
    {
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState is { To: "HasPermission" }, "the ESN user granted");
    }

    private static async Task<RadioEvent> NextAsync(AsyncServerStreamingCall<RadioEvent> radio, RadioEventKind kind)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var e in radio.ResponseStream.ReadAllAsync(deadline.Token))
        {
            if (e.Kind == kind)
            {
                return e;
            }
        }

        throw new AssertionException($"the radio saw no {kind}");
    }
}
