using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

[Parallelizable(ParallelScope.All)]
public sealed class InterworkingTests
{
    [Test]
    public async Task RadioStatus_Zero_EsnMembersGetEmergencyAlertFromTetraOrigin()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("PMA-71");
        using var esn = await s.DeviceAsync("esn", "PMA-71");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "71", GroupId = "PMA-71" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "2345678", Talkgroup = "71", Agency = Agency.Mps }, s.Headers);

        await s.Interworking.RadioStatusAsync(new RadioStatusRequest
        {
            Issi = "2345678", StatusCode = 0, Location = new GeoLocation { LatitudeDeg = 51.5, LongitudeDeg = -0.12 },
        }, s.Headers);

        var alert = await esn.WaitForAsync(e => e.EmergencyAlert is not null, "emergency alert from TETRA");
        Assert.Multiple(() =>
        {
            Assert.That(alert.EmergencyAlert.Alert.Origin, Is.EqualTo("tetra:2345678"));
            Assert.That(alert.EmergencyAlert.Alert.Location.LatitudeDeg, Is.EqualTo(51.5));
        });
    }

    [Test]
    public async Task EsnTalkerVoice_BridgedTalkgroup_RadioHearsEveryFrameAfterAddedLatency()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        var bridge = await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "2001", GroupId = "G", AddedLatencyMs = 40 } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1001", Talkgroup = "2001" }, s.Headers);
        using var radio = s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1001" }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState?.To == "HasPermission", "ESN talker granted");

        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "esn", FrameCount = 5 }, s.Headers);

        var events = new List<RadioEvent>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var e in radio.ResponseStream.ReadAllAsync(deadline.Token))
        {
            events.Add(e);
            if (events.Count(v => v.Kind == RadioEventKind.Voice) == 5)
            {
                break;
            }
        }

        var stats = await s.Interworking.GetBridgeStatsAsync(new GetBridgeStatsRequest { BridgeId = bridge.BridgeId }, s.Headers);
        var voice = events.Where(v => v.Kind == RadioEventKind.Voice).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(events.Any(v => v.Kind == RadioEventKind.Transmitting && v.TalkerId == esn.McpttId), Is.True);
            Assert.That(voice.Select(v => v.Sequence), Is.EqualTo(new uint[] { 0, 1, 2, 3, 4 }));
            Assert.That(stats.FramesToTetra, Is.EqualTo(5));
            Assert.That(stats.AddedLatencySamplesMs.Min(), Is.GreaterThanOrEqualTo(38), "40 ms modelled, less the timer granularity");
        });
    }

    [Test]
    public async Task RadioPttAndSds_BridgedTalkgroup_EsnSeesTetraTalkerAndMessage()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        using var esn2 = await s.DeviceAsync("esn2", "G");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "3001", GroupId = "G" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "77", Talkgroup = "3001" }, s.Headers);

        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "77", Pressed = true }, s.Headers);
        var taken = await esn.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Taken, "TETRA talker on ESN");
        await s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "77", FrameCount = 2 }, s.Headers);
        var frames = await esn.WaitForCountAsync(e => e.Media is not null, 2, "TETRA voice on ESN");
        await s.Interworking.RadioSdsAsync(new RadioSdsRequest { Issi = "77", Text = "Unit 71 at scene" }, s.Headers);
        var sds = await esn2.WaitForAsync(e => e.Message is not null, "TETRA SDS on ESN");

        Assert.Multiple(() =>
        {
            Assert.That(ptt.Granted, Is.True);
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo("iwf-3001"));
            Assert.That(frames.Select(f => f.Media.Packet.Sequence), Is.EqualTo(new uint[] { 0, 1 }));
            Assert.That(sds.Message.Message.Payload.ToStringUtf8(), Is.EqualTo("Unit 71 at scene"));
        });
    }

    [Test]
    public void RadioVoice_WithoutTransmissionGrant_FailedPrecondition()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            await s.GroupAsync("G");
            await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "9", GroupId = "G" } }, s.Headers);
            await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "5", Talkgroup = "9" }, s.Headers);
            await s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "5", FrameCount = 1 }, s.Headers);
        });

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
    }
}
