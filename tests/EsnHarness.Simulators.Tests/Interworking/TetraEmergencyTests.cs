using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Interworking;

/// <summary>A radio user's emergency button crosses the bridge as an ESN emergency: an alert to the group's dispatchers and an emergency group call with the open microphone.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class TetraEmergencyTests
{
    private static readonly IdentityMapping Doyle = new() { Issi = "1101", McpttId = "sip:pc-doyle@airwave.mps", DisplayName = "PC Doyle" };

    [Test]
    public async Task RadioEmergency_OpenMicrophoneWhileAnEsnUserTalks_EmergencyCallPreemptsAndDispatcherAlerted()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var dispatcher = await ConsoleAsync(s, "dispatcher", "G");
        using var esn = await s.DeviceAsync("esn", "G");
        var bridge = await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "3101", GroupId = "G" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1101", Talkgroup = "3101", Agency = Agency.Mps }, s.Headers);
        await s.Interworking.MapIdentitiesAsync(new MapIdentitiesRequest { Mappings = { Doyle } }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "esn" }, s.Headers);
        await esn.WaitForAsync(e => e.FloorState?.To == "HasPermission", "the ESN user talks");

        var response = await s.Interworking.RadioEmergencyAsync(new RadioEmergencyRequest
        {
            Issi = "1101", OpenMicrophoneMs = 300, Location = new GeoLocation { LatitudeDeg = 51.4613, LongitudeDeg = -0.1156 },
        }, s.Headers);
        var alert = (await dispatcher.WaitForAsync(e => e.EmergencyAlert is not null, "the alert at the dispatcher")).EmergencyAlert.Alert;
        var revoked = await esn.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Revoke, "the ESN talker pre-empted");
        var voice = await dispatcher.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == Doyle.McpttId, "the open microphone");
        var call = (await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers)).Calls.Single();
        var stats = await s.Interworking.GetBridgeStatsAsync(new GetBridgeStatsRequest { BridgeId = bridge.BridgeId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(response.Granted, Is.True);
            Assert.That(response.CallId, Is.EqualTo(call.CallId));
            Assert.That(call.Emergency, Is.True, "the group call is in emergency state");
            Assert.That(alert.McpttId, Is.EqualTo(Doyle.McpttId));
            Assert.That(alert.Origin, Is.EqualTo("tetra:1101"));
            Assert.That(alert.Location.LatitudeDeg, Is.EqualTo(51.4613));
            Assert.That(revoked.Floor.Cause, Is.EqualTo(FloorCause.MediaBurstPreempted));
            Assert.That(voice.Media.Packet.FrameDurationMs, Is.EqualTo(60));
            Assert.That(stats.EmergencyCalls, Is.EqualTo(1));
            Assert.That(stats.EmergencyAlerts, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RadioEmergency_OpenMicrophoneEnds_TalkgroupToldTheTransmissionCeased()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var esn = await s.DeviceAsync("esn", "G");
        await s.Interworking.CreateBridgeAsync(new CreateBridgeRequest { Bridge = new Bridge { Talkgroup = "3102", GroupId = "G" } }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1102", Talkgroup = "3102" }, s.Headers);
        await s.Interworking.RegisterRadioAsync(new RegisterRadioRequest { Issi = "1103", Talkgroup = "3102" }, s.Headers);
        using var other = new RadioProbe(s.Interworking.ObserveRadio(new ObserveRadioRequest { Issi = "1103" }, s.Headers));

        await s.Interworking.RadioEmergencyAsync(new RadioEmergencyRequest { Issi = "1102", OpenMicrophoneMs = 120 }, s.Headers);
        var emergency = await other.NextAsync(RadioEventKind.Emergency);
        var frames = await esn.WaitForCountAsync(e => e.Media is not null, 2, "the 120 ms open microphone (two 60 ms frames)");
        var ceased = await other.NextAsync(e => e.Kind == RadioEventKind.TransmissionCeased && e.TalkerId == "1102", "the open microphone closing");

        Assert.Multiple(() =>
        {
            Assert.That(emergency.TalkerId, Is.EqualTo("1102"));
            Assert.That(frames.Select(f => f.Media.Packet.Sequence), Is.EqualTo(new uint[] { 0, 1 }));
            Assert.That(frames[^1].Media.Packet.LastInBurst, Is.True);
            Assert.That(ceased, Is.Not.Null);
        });
    }

    private static async Task<DeviceProbe> ConsoleAsync(Scenario s, string name, string group)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name, PlaceId = "ideal-lab", Kind = DeviceKind.Console,
            Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = Agency.Mps, Role = "dispatcher" },
        }, s.Headers);
        var probe = new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = group }, s.Headers);
        return probe;
    }
}
