using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Hosting;

/// <summary>Defects are switched on per namespace, before its first call, through esn.common.v1.ReferenceDefects.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ReferenceDefectsServiceTests
{
    private static ReferenceDefects.ReferenceDefectsClient Client => new(HostSetup.Channel);

    [Test]
    public async Task ListDefects_ReferenceHost_ListsEveryDefectWithRoleAndClause()
    {
        var list = await Client.ListDefectsAsync(new ListDefectsRequest());

        var lifo = list.Defects.Single(d => d.Name == "mcx.floor-queue-lifo");
        Assert.Multiple(() =>
        {
            Assert.That(list.Defects.Select(d => d.Name), Is.EqualTo(Simulators.Defects.SimulatorDefects.All.Select(d => d.Name)));
            Assert.That(lifo.Role, Is.EqualTo("mcx"));
            Assert.That(lifo.Violates, Does.Contain("TS 24.380"));
        });
    }

    [Test]
    public async Task Activate_BeforeTheNamespacesFirstCall_ActiveInThatNamespaceOnly()
    {
        var s = HostSetup.NewScenario();

        var active = await Client.ActivateAsync(new ActivateDefectsRequest { Names = { "mcx.floor-queue-lifo" } }, s.Headers);
        var other = HostSetup.NewScenario();
        var untouched = await Client.ActivateAsync(new ActivateDefectsRequest(), other.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(active.Active, Is.EqualTo(new[] { "mcx.floor-queue-lifo" }));
            Assert.That(untouched.Active, Is.Empty);
        });
    }

    [Test]
    public async Task Activate_AfterTheNamespacesFirstCall_FailedPrecondition()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G1");

        var e = Assert.ThrowsAsync<RpcException>(async () =>
            await Client.ActivateAsync(new ActivateDefectsRequest { Names = { "mcx.floor-queue-lifo" } }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
        Assert.That(e.Status.Detail, Does.Contain("already has a mcx world"));
    }

    [Test]
    public void Activate_UnknownName_InvalidArgumentNamingIt()
    {
        var s = HostSetup.NewScenario();

        var e = Assert.ThrowsAsync<RpcException>(async () =>
            await Client.ActivateAsync(new ActivateDefectsRequest { Names = { "mcx.nonsense" } }, s.Headers));

        Assert.That(e!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(e.Status.Detail, Does.Contain("'mcx.nonsense'"));
    }

    [Test]
    [ShowsDefect("mcx.floor-queue-lifo")]
    public async Task Activate_FloorQueueLifo_MoreRecentQueuedTalkerGrantedFirstThroughTheContracts()
    {
        var s = HostSetup.NewScenario();
        await Client.ActivateAsync(new ActivateDefectsRequest { Names = { "mcx.floor-queue-lifo" } }, s.Headers);
        await s.GroupAsync("G1");
        using var a = await s.DeviceAsync("a", group: "G1");
        using var b = await s.DeviceAsync("b", group: "G1");
        using var c = await s.DeviceAsync("c", group: "G1");
        await s.Devices.PressPttAsync(new Contracts.Device.V1.PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Granted, "a granted");
        await s.Devices.PressPttAsync(new Contracts.Device.V1.PttRequest { DeviceId = "b" }, s.Headers);
        await b.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.QueuePositionInfo, "b queued");
        await s.Devices.PressPttAsync(new Contracts.Device.V1.PttRequest { DeviceId = "c" }, s.Headers);
        await c.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.QueuePositionInfo, "c queued");

        await s.Devices.ReleasePttAsync(new Contracts.Device.V1.PttRequest { DeviceId = "a" }, s.Headers);

        var granted = await c.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Granted, "c granted (LIFO)");
        Assert.That(granted, Is.Not.Null);
        Assert.That(b.Seen.Any(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Granted), Is.False, "b, first in the queue, waits");
    }

    [Test]
    public async Task Consulted_AfterAGroupCall_NamesTheFloorDefectsTheCallConsultedButNotTheUntouchedOnes()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G1");
        using var a = await s.DeviceAsync("a", group: "G1");
        using var b = await s.DeviceAsync("b", group: "G1");
        await s.Devices.PressPttAsync(new Contracts.Device.V1.PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Granted, "a granted");
        await b.WaitForAsync(e => e.Floor?.Kind == Contracts.Mcx.V1.FloorEventKind.Taken, "b told a has the floor");

        var consulted = await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(consulted.Names, Does.Contain("mcx.floor-taken-anonymous"), "b's Floor Taken consults the talker identity");
            Assert.That(consulted.Names, Does.Not.Contain("mcx.floor-queue-lifo"), "nobody queued: no queue order to get wrong");
            Assert.That(consulted.Names, Does.Not.Contain("device.man-down-not-raised"), "powering a terminal on raises no man-down alert");
            Assert.That(consulted.Names, Does.Not.Contain("cadGateway.acknowledgement-not-forwarded"), "no CAD gateway took part");
            Assert.That(consulted.Names, Is.Ordered);
        });
    }

    [Test]
    public async Task Consulted_NamespaceThatOnlyConfiguredAGroup_NoFloorDefect()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G1");

        var consulted = await Client.ConsultedAsync(new ConsultedDefectsRequest(), s.Headers);

        Assert.That(consulted.Names, Does.Not.Contain("mcx.floor-queue-lifo"));
    }
}
