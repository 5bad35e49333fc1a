using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

[Parallelizable(ParallelScope.All)]
public sealed class GatewayTests
{
    private static Gateway Wembley(string served = "no-coverage-basement") => new()
    {
        GatewayId = "gw-1", ServedPlaceId = served, BackhaulPlaceId = "wembley-stadium", RelayLatencyMs = 5,
    };

    [Test]
    public async Task DeployGateway_TerminalWithoutCoverage_BackInServiceWithBackhaulCellAndRelayLatency()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = "no-coverage-basement" }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "out of service");

        var gateway = await s.Network.DeployGatewayAsync(new DeployGatewayRequest { Gateway = Wembley() }, s.Headers);
        var back = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.BackInService, "relayed by the gateway");
        var backhaul = await s.Network.GetPlaceAsync(new GetPlaceRequest { PlaceId = "wembley-stadium" }, s.Headers);
        var call = await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = Contracts.Common.V1.CallType.PrearrangedGroup, GroupId = "G" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(gateway.ServedTerminalIds, Is.EqualTo(new[] { "a" }));
            Assert.That(back.Connectivity.Link.GatewayId, Is.EqualTo("gw-1"));
            Assert.That(back.Connectivity.Link.CellId, Is.EqualTo("CELL-WEMBLEY-IBS"));
            Assert.That(back.Connectivity.Link.PlaceId, Is.EqualTo("no-coverage-basement"), "the terminal stays where it is");
            Assert.That(back.Connectivity.Link.Link.LatencyMs, Is.EqualTo(backhaul.Link.LatencyMs + 5));
            Assert.That(call.Call.CallId, Is.Not.Empty);
        });
    }

    [Test]
    public async Task RemoveGateway_TerminalRelayed_OutOfServiceAgain()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = "a", PlaceId = "no-coverage-basement" }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "out of service at the basement");
        await s.Network.DeployGatewayAsync(new DeployGatewayRequest { Gateway = Wembley() }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Link?.GatewayId == "gw-1", "relayed");

        await s.Network.RemoveGatewayAsync(new RemoveGatewayRequest { GatewayId = "gw-1" }, s.Headers);
        var lost = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "out of service again");

        Assert.Multiple(() =>
        {
            Assert.That(lost.Connectivity.Link.GatewayId, Is.Empty);
            Assert.That(lost.Connectivity.Link.Reason, Does.Contain("no ESN coverage"));
        });
    }

    [Test]
    public async Task DeployGateway_OtherPlaces_Unaffected()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a", place: "surface-street");

        var gateway = await s.Network.DeployGatewayAsync(new DeployGatewayRequest { Gateway = Wembley() }, s.Headers);
        var link = await s.Network.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = "a" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(gateway.ServedTerminalIds, Is.Empty);
            Assert.That(link.GatewayId, Is.Empty);
            Assert.That(link.CellId, Is.EqualTo("CELL-WHITEHALL-1"));
        });
    }

    [TestCase("no-coverage-basement", "no-coverage-basement", 5, StatusCode.InvalidArgument, "is the served place")]
    [TestCase("wembley-stadium", "no-coverage-basement", 5, StatusCode.FailedPrecondition, "has no ESN coverage")]
    [TestCase("no-coverage-basement", "wembley-stadium", 5000, StatusCode.InvalidArgument, "relay_latency_ms")]
    [TestCase("nowhere", "wembley-stadium", 5, StatusCode.NotFound, "gateway.served_place_id 'nowhere'")]
    public void DeployGateway_BadGateway_RefusedWithFieldNamed(string served, string backhaul, double latency, StatusCode status, string message)
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Network.DeployGatewayAsync(new DeployGatewayRequest
        {
            Gateway = new Gateway { GatewayId = "gw", ServedPlaceId = served, BackhaulPlaceId = backhaul, RelayLatencyMs = latency },
        }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(status));
            Assert.That(error.Status.Detail, Does.Contain(message));
        });
    }
}
