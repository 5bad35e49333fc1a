using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Hosting;

/// <summary>A scenario's namespace ends on Close (and, as a backstop, after idling): its worlds, terminals and streams go.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class NamespaceLifecycleTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Close_ScenarioWithTerminalAndGroup_ReleasesEveryWorldAndEndsTheTerminalsStream()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G1");
        using var probe = await s.DeviceAsync("a", group: "G1");
        var lifecycle = new NamespaceLifecycle.NamespaceLifecycleClient(HostSetup.Channel);

        var closed = await lifecycle.CloseAsync(new CloseNamespaceRequest(), s.Headers);
        var again = await lifecycle.CloseAsync(new CloseNamespaceRequest(), s.Headers);
        await probe.Ended.WaitAsync(Deadline);
        var device = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, s.Headers));
        var group = Assert.ThrowsAsync<RpcException>(async () => await s.Config.GetGroupAsync(new GetGroupRequest { GroupId = "G1" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(closed.WorldsClosed, Is.EqualTo(3), "device, MCX and network worlds");
            Assert.That(device!.StatusCode, Is.EqualTo(StatusCode.NotFound), "a later call finds a new, empty world: the terminal is gone");
            Assert.That(group!.StatusCode, Is.EqualTo(StatusCode.NotFound), "the group configuration is gone");
            Assert.That(again.WorldsClosed, Is.Zero, "Close is idempotent");
        });
    }

    [Test]
    public async Task Close_OneNamespace_OtherNamespacesUntouched()
    {
        var closing = HostSetup.NewScenario();
        var staying = HostSetup.NewScenario();
        await closing.GroupAsync("G1");
        await staying.GroupAsync("G1");
        using var probe = await staying.DeviceAsync("b", group: "G1");

        await new NamespaceLifecycle.NamespaceLifecycleClient(HostSetup.Channel).CloseAsync(new CloseNamespaceRequest(), closing.Headers);
        var state = await staying.Devices.GetStateAsync(new DeviceRef { DeviceId = "b" }, staying.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(state.Registered, Is.True);
            Assert.That(probe.Ended.IsCompleted, Is.False, "the other namespace's stream stays open");
        });
    }

    [Test]
    public async Task IdleNamespace_NoCallForTheIdleTimeout_Evicted()
    {
        await using var host = await FakeClockHost.StartAsync(new SimulatorHostOptions { IdleNamespaceTimeout = TimeSpan.FromMinutes(10) });
        var s = host.NewScenario();
        await s.GroupAsync("G1");

        host.Time.Advance(TimeSpan.FromMinutes(9));
        var before = await s.Config.GetGroupAsync(new GetGroupRequest { GroupId = "G1" }, s.Headers);
        host.Time.Advance(TimeSpan.FromMinutes(9));
        var stillThere = await s.Config.GetGroupAsync(new GetGroupRequest { GroupId = "G1" }, s.Headers);
        host.Time.Advance(TimeSpan.FromMinutes(11));
        var gone = await WaitForStatusAsync(() => s.Config.GetGroupAsync(new GetGroupRequest { GroupId = "G1" }, s.Headers).ResponseAsync);

        Assert.Multiple(() =>
        {
            Assert.That(before.GroupId, Is.EqualTo("G1"));
            Assert.That(stillThere.GroupId, Is.EqualTo("G1"), "each call restarts the idle time");
            Assert.That(gone, Is.EqualTo(StatusCode.NotFound), "evicted after 11 minutes without a call");
        });
    }

    /// <summary>The sweep runs on a timer callback: the eviction lands shortly after the clock moves. Polls the real
    /// outcome with a deadline (each poll restarts the namespace's idle time, but the namespace is already gone).</summary>
    private static async Task<StatusCode> WaitForStatusAsync(Func<Task> call)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (true)
        {
            try
            {
                await call();
            }
            catch (RpcException e)
            {
                return e.StatusCode;
            }

            await Task.Yield();
            deadline.Token.ThrowIfCancellationRequested();
        }
    }
}
