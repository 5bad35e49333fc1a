using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>Falling back to direct mode when coverage is lost and returning to the network, through the device contract.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class DirectModeSwitchTests
{
    private const string Basement = "no-coverage-basement";
    private const string Street = "surface-street";

    [Test]
    public async Task MoveTo_NoCoverage_CrewFallsBackOnItsSelectedGroupAndHearsEachOther()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("FG");
        using var a = await s.OnNetworkAsync("a", "FG", Street);
        using var b = await s.OnNetworkAsync("b", "FG", Street);

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = Basement }, s.Headers);
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "b", PlaceId = Basement }, s.Headers);
        var fellBack = (await a.WaitForAsync(e => e.DirectMode is { Active: true }, "a falls back")).DirectMode;
        await b.WaitForAsync(e => e.DirectMode is { Active: true }, "b falls back");
        await s.TalkAsync(a);
        var heard = await b.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == a.McpttId, "b hears a");
        var call = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "b in a's call");

        Assert.Multiple(() =>
        {
            Assert.That(fellBack.Reason, Is.EqualTo(DirectModeReason.ServiceLost));
            Assert.That(fellBack.GroupId, Is.EqualTo("FG"));
            Assert.That(call.Call.Call.OffNetwork, Is.True);
            Assert.That(heard.Media.Packet.CallId, Is.EqualTo(call.Call.Call.CallId));
        });
    }

    [TestCase(false, TestName = "MoveTo_NoCoverageFaithful_FallsBack")]
    [TestCase(true, TestName = "MoveTo_NoCoverageNoFallBackDefect_StaysOnTheNetwork")]
    [ShowsDefect("device.dmo-no-fallback")]
    public async Task MoveTo_NoCoverageAndBack_DirectModeEntered(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.dmo-no-fallback" : null);
        await s.GroupAsync("FG");
        using var a = await s.OnNetworkAsync("a", "FG", Street);

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = Basement }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "out of service");
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = Street }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.BackInService, "back in service");

        Assert.That(a.Seen.Any(e => e.DirectMode is { Active: true }), Is.EqualTo(!defect), "the fall-back is reported between the two");
    }

    [TestCase(false, TestName = "MoveTo_CoverageBackFaithful_ReturnsAndEntersTheCallLate")]
    [TestCase(true, TestName = "MoveTo_CoverageBackNoReturnDefect_StaysInDirectModeAndHearsNothing")]
    [ShowsDefect("device.dmo-no-return-on-coverage")]
    public async Task MoveTo_CoverageBack_HearsTheOnNetworkCall(bool defect)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.dmo-no-return-on-coverage" : null);
        await s.GroupAsync("FG");
        using var a = await s.OnNetworkAsync("a", "FG", Street);
        using var cmd = await s.OnNetworkAsync("cmd", "FG", Street);
        using var witness = await s.OnNetworkAsync("witness", "FG", Street);
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = Basement }, s.Headers);
        await a.WaitForAsync(e => e.DirectMode is { Active: true }, "a falls back");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "cmd" }, s.Headers);
        await cmd.WaitForAsync(e => e.FloorState?.ToState == FloorParticipantState.HasPermission, "cmd talks on the network");

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = Street }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.BackInService, "a back in service");
        DirectModeChange? back = null;
        if (!defect)
        {
            back = (await a.WaitForAsync(e => e.DirectMode is { Active: false }, "a returns to the network")).DirectMode;
        }

        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "cmd", FrameCount = 5, FrameIntervalMs = 20 }, s.Headers);
        await witness.WaitForAsync(e => e.Media is { Packet.LastInBurst: true } m && m.Packet.SenderMcpttId == cmd.McpttId, "the witness hears all of cmd's burst");
        var heard = defect
            ? a.Seen.Any(e => e.Media?.Packet.SenderMcpttId == cmd.McpttId)
            : (await a.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == cmd.McpttId, "a hears cmd")) is not null;

        Assert.Multiple(() =>
        {
            Assert.That(heard, Is.EqualTo(!defect));
            if (back is not null)
            {
                Assert.That(back.Reason, Is.EqualTo(DirectModeReason.ServiceBack));
                Assert.That(back.OnNetworkCallId, Is.Not.Empty, "entered the call on FG late");
            }
        });
    }

    [Test]
    public async Task SetDirectMode_GroupNotConfigured_FailedPreconditionNamingTheConfiguredOnes()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("FG");
        using var a = await s.OnNetworkAsync("a", "FG", Street);

        var e = Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await s.Devices.SetDirectModeAsync(new SetDirectModeRequest { DeviceId = "a", DirectMode = true, GroupId = "OTHER" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(e!.StatusCode, Is.EqualTo(Grpc.Core.StatusCode.FailedPrecondition));
            Assert.That(e.Status.Detail, Does.Contain("'OTHER'").And.Contain("FG"));
        });
    }
}
