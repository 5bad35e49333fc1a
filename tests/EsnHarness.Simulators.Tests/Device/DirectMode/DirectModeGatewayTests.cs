using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>A vehicle device relaying a direct-mode group to the network and back, through the device contract.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DirectModeGatewayTests
{
    private const string Stadium = "wembley-stadium";

    [TestCase(false, TestName = "Gateway_Faithful_RelaysBothWays")]
    [TestCase(true, TestName = "Gateway_DropsDownlinkDefect_ControlNeverReachesTheCrew")]
    [ShowsDefect("device.dmo-gateway-drops-downlink")]
    public async Task Gateway_CrewInDirectModeAndControlOnTheNetwork_HearEachOther(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.dmo-gateway-drops-downlink" : null);
        await s.GroupAsync("FG");
        using var control = await s.OnNetworkAsync("control", "FG", "surface-street");
        using var gateway = await VehicleGatewayAsync(s, "pump", "FG");
        using var crew = await s.InDirectModeAsync("crew", "FG", Stadium);

        await s.TalkAsync(crew);
        var relayed = await control.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == gateway.McpttId, "control hears the crew through the gateway");
        var heardByGateway = await gateway.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == crew.McpttId, "the gateway hears the crew");

        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "control", GroupId = "FG" }, s.Headers);
        await control.WaitForAsync(e => e.FloorState?.ToState == FloorParticipantState.HasPermission, "control talks");
        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "control", FrameCount = 5, FrameIntervalMs = 20 }, s.Headers);
        await gateway.WaitForAsync(e => e.Media is { Packet.LastInBurst: true } m && m.Packet.SenderMcpttId == control.McpttId, "the gateway hears control's burst");
        var crewHeardControl = defect
            ? crew.Seen.Any(e => e.Media?.Packet.SenderMcpttId == gateway.McpttId)
            : (await crew.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == gateway.McpttId, "the crew hears control through the gateway")) is not null;

        Assert.Multiple(() =>
        {
            Assert.That(relayed.Media.Packet.SentAt, Is.EqualTo(heardByGateway.Media.Packet.SentAt), "the crew's words, spoken when the crew spoke them");
            Assert.That(crewHeardControl, Is.EqualTo(!defect));
        });
    }

    [Test]
    public async Task SetDirectMode_GatewayOnAHandheld_FailedPrecondition()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("FG");
        using var a = await s.OnNetworkAsync("a", "FG", Stadium);

        var e = Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await s.Devices.SetDirectModeAsync(new SetDirectModeRequest { DeviceId = "a", DirectMode = true, GroupId = "FG", Gateway = true }, s.Headers));

        Assert.That(e!.Status.Detail, Does.Contain("only a vehicle device"));
    }

    private static async Task<DeviceProbe> VehicleGatewayAsync(Scenario s, string name, string group)
    {
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = name, Kind = DeviceKind.Vehicle, PlaceId = Stadium,
            Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = Agency.Lfb },
            DirectMode = DirectModeScenario.Configuration(group),
        }, s.Headers);
        var probe = new DeviceProbe(name, $"sip:{name}@esn", s.Devices.Observe(new ObserveRequest { DeviceId = name }, s.Headers));
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = name, GroupId = group }, s.Headers);
        await s.Devices.SetDirectModeAsync(new SetDirectModeRequest { DeviceId = name, DirectMode = true, GroupId = group, Gateway = true }, s.Headers);
        return probe;
    }
}
