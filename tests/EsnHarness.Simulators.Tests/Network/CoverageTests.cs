using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

[Parallelizable(ParallelScope.All)]
public sealed class CoverageTests
{
    [Test]
    public async Task MoveTo_NoCoveragePlace_OutOfServiceAndPttRefusedWithReason()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");

        var moved = await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = "no-coverage-basement" }, s.Headers);
        var lost = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "out of service");
        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(moved.Link.InService, Is.False);
            Assert.That(lost.Connectivity.Link.Coverage, Is.EqualTo(CoverageType.NoCoverage));
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(error.Status.Detail, Does.Contain("no ESN coverage at place 'no-coverage-basement'"));
        });
    }

    [Test]
    public async Task InjectFault_SiteOutageThenCleared_TerminalLosesAndRegainsService()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "bank-station");

        var fault = await s.Network.InjectFaultAsync(new InjectFaultRequest { Fault = new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-LU-BANK" } }, s.Headers);
        var lost = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "outage");
        await s.Network.ClearFaultAsync(new ClearFaultRequest { FaultId = fault.FaultId }, s.Headers);
        var back = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.BackInService, "restored");

        Assert.Multiple(() =>
        {
            Assert.That(lost.Connectivity.Link.Reason, Does.Contain("SITE-LU-BANK outage"));
            Assert.That(back.Connectivity.Link.InService, Is.True);
        });
    }

    [Test]
    public async Task InjectFault_AddedLatencyOnTerminal_VoiceArrivesAtLeastThatLateWithModelledDelayReported()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.AddLatencyAsync(b, 80);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "a talks");

        await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 3 }, s.Headers);

        var frames = await b.WaitForCountAsync(e => e.Media is not null, 3, "frame");
        foreach (var f in frames)
        {
            var latency = f.Media.ReceivedAt.ToDateTimeOffset() - f.Media.Packet.SentAt.ToDateTimeOffset();
            Assert.That(latency.TotalMilliseconds, Is.GreaterThanOrEqualTo(79));
            Assert.That(f.Media.ModelledDelayUs, Is.EqualTo(80_000));
        }
    }

    [Test]
    public async Task SetCongestion_PublicOverloadWithMcTraffic_PublicPreemptedAndMcAdmitted()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "notting-hill-carnival");

        var report = await s.Network.SetCongestionAsync(new SetCongestionRequest { CellId = "CELL-NOTTING-HILL", PublicLoad = 1.5, McLoad = 0.4 }, s.Headers);
        var changed = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.LinkChanged && e.Connectivity.Link.CellLoad > 0, "congestion");

        Assert.Multiple(() =>
        {
            Assert.That(report.McAdmitted, Is.True);
            Assert.That(report.McCarried, Is.EqualTo(0.4));
            Assert.That(report.PublicCarried, Is.EqualTo(0.6).Within(1e-9));
            Assert.That(report.PublicPreempted, Is.EqualTo(0.4).Within(1e-9));
            Assert.That(changed.Connectivity.Link.McBearersAdmitted, Is.True);
            Assert.That(changed.Connectivity.Link.InService, Is.True);
        });
    }

    [Test]
    public async Task ListPlaces_BuiltInCatalogue_HasTheLondonPressurePoints()
    {
        var s = HostSetup.NewScenario();

        var places = await s.Network.ListPlacesAsync(new ListPlacesRequest(), s.Headers);

        Assert.That(places.Places.Select(p => p.PlaceId), Is.SupersetOf(new[]
        {
            "kings-cross-st-pancras-deep", "bank-station", "canary-wharf-jubilee", "tube-tunnel-northern-line",
            "elizabeth-line-tottenham-court-road", "wembley-stadium", "the-o2", "heathrow-terminal-5",
            "river-thames-westminster", "npas-air-london", "surface-street", "notting-hill-carnival", "no-coverage-basement",
        }));
        Assert.That(places.Places.Single(p => p.PlaceId == "tube-tunnel-northern-line").Link.LossRatio, Is.GreaterThan(
            places.Places.Single(p => p.PlaceId == "surface-street").Link.LossRatio));
    }
}
