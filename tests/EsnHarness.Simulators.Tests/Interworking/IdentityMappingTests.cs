using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>The IWF's ISSI ↔ MCPTT ID table: an Airwave talker keeps its identity on ESN, an ESN talker its ISSI on Airwave.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class IdentityMappingTests
{
    private static readonly IdentityMapping Doyle = new() { Issi = "1001", McpttId = "sip:pc-doyle@airwave.mps", DisplayName = "PC Doyle", FunctionalAlias = "MPS-LX-241" };

    [Test]
    public async Task RadioPtt_MappedRadio_EsnSeesTheMappedMcpttIdAliasAndDisplayName()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "2001", GroupId = "G", Agency = Agency.Mps } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1001", Talkgroup = "2001", Agency = Agency.Mps }, s.Headers);

        var table = await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle } }, s.Headers);
        var ptt = await s.Interworking.RadioPttAsync(new RadioPttRequest { Issi = "1001", Pressed = true }, s.Headers);
        var taken = await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "the Airwave talker on ESN");
        await s.Interworking.RadioVoiceAsync(new RadioVoiceRequest { Issi = "1001", FrameCount = 2 }, s.Headers);
        var frame = await esn.WaitForAsync(e => e.Media is not null, "the Airwave talker's voice");
        var profile = await s.Config.GetUserProfileAsync(new GetUserProfileRequest { McpttId = Doyle.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(table.Mappings.Single().McpttId, Is.EqualTo(Doyle.McpttId));
            Assert.That(ptt.Granted, Is.True);
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(Doyle.McpttId));
            Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo("MPS-LX-241"));
            Assert.That(frame.Media.Packet.SenderMcpttId, Is.EqualTo(Doyle.McpttId));
            Assert.That(profile.Identity.DisplayName, Is.EqualTo("PC Doyle"));
            Assert.That(profile.Identity.Agency, Is.EqualTo(Agency.Mps));
        });
    }

    [Test]
    public async Task EsnTalker_MappedToAnIssi_RadiosSeeTheIssiAndName()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { new IdentityMapping { Issi = "7001", McpttId = esn.McpttId, DisplayName = "PC Patel" } } }, s.Headers);
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "2002", GroupId = "G" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1002", Talkgroup = "2002" }, s.Headers);
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1002" }, s.Headers));

        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState?.To == "HasPermission", "the ESN user talks");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "esn", FrameCount = 1 }, s.Headers);
        var transmitting = await radio.NextAsync(RadioEventKind.Transmitting);
        var voice = await radio.NextAsync(RadioEventKind.Voice);

        Assert.Multiple(() =>
        {
            Assert.That(transmitting.TalkerId, Is.EqualTo("7001"));
            Assert.That(transmitting.TalkerName, Is.EqualTo("PC Patel"));
            Assert.That(voice.TalkerId, Is.EqualTo("7001"));
        });
    }

    [Test]
    public async Task EsnSdsToAMappedRadioUser_MappedBeforeTheBridge_ReachesItsRadioWithADeliveredReport()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1001", Talkgroup = "2003" }, s.Headers);
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "2003", GroupId = "G" } }, s.Headers);
        using var radio = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1001" }, s.Headers));

        await s.Devices.SendSdsAsync(new Contracts.Device.V1.SendSdsRequest
        {
            DeviceId = "esn", TargetMcpttId = Doyle.McpttId, Text = "Meet at Acre Lane", DispositionRequest = DispositionRequest.Delivery,
        }, s.Headers);
        var sds = await radio.NextAsync(RadioEventKind.Sds);
        var report = await esn.WaitForAsync(e => e.Disposition is not null, "DELIVERED from the radio user");

        Assert.Multiple(() =>
        {
            Assert.That(sds.Text, Is.EqualTo("Meet at Acre Lane"));
            Assert.That(report.Disposition.Notification.Status, Is.EqualTo(DispositionStatus.Delivered));
            Assert.That(report.Disposition.Notification.RecipientMcpttId, Is.EqualTo(Doyle.McpttId));
        });
    }

    [Test]
    public void MapIdentities_MalformedIssi_InvalidArgumentNamingTheEntry()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () => await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest
        {
            Mappings = { Doyle, new IdentityMapping { Issi = "12ab", McpttId = "sip:x@airwave" } },
        }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(e.Status.Detail, Does.Contain("mappings[1].issi"));
        });
    }
}
