using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>What terminals and consoles live through when a site fails and they reselect to a neighbour, through the contracts.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FailoverTests
{
    /// <summary>A zero-delay place on SITE-WHITEHALL with the Trafalgar neighbour and a short reselection time (the host retransmits SDS every 20 ms).</summary>
    private static async Task FastReselectingPlaceAsync(Scenario s)
    {
        var place = new Place { PlaceId = "fast", Name = "fast", Coverage = CoverageType.Surface, CellId = "CELL-WHITEHALL-1", ReselectionMs = 150, Link = new LinkProfile() };
        place.NeighbourCellIds.Add("CELL-TRAFALGAR-1");
        await s.Network.PutPlaceAsync(new PutPlaceRequest { Place = place }, s.Headers);
    }

    [Test]
    public async Task SendSds_DuringReselectionAfterSiteOutage_QueuedThenDeliveredExactlyOnce()
    {
        var s = HostSetup.NewScenario();
        await FastReselectingPlaceAsync(s);
        using var a = await s.DeviceAsync("a", place: "fast");
        using var b = await s.DeviceAsync("b", place: "fast");
        await s.Network.InjectFaultAsync(new InjectFaultRequest { Fault = new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" } }, s.Headers);
        await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.OutOfService, "a loses service");

        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = "BA team 2 withdrawing" }, s.Headers);
        var received = await b.WaitForAsync(e => e.Message is not null, "b receives the SDS");
        var back = await a.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.BackInService, "a back through the neighbour");
        var inbox = await s.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "b" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Transmissions, Is.GreaterThan(1), "queued while out of service, sent on return");
            Assert.That(received.Message.Message.MessageId, Is.EqualTo(sent.MessageId));
            Assert.That(inbox.Messages.Count(m => m.Message.MessageId == sent.MessageId), Is.EqualTo(1));
            Assert.That(back.Connectivity.Link.CellId, Is.EqualTo("CELL-TRAFALGAR-1"));
            Assert.That(back.Connectivity.Link.OnNeighbour, Is.True);
        });
    }

    [Test]
    public async Task SendSds_ManyWithHeavyDownlinkLoss_HandedToTheApplicationOnceEachInSenderOrder()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");
        await s.Network.InjectFaultAsync(new InjectFaultRequest
        {
            Fault = new Fault { Kind = FaultKind.PacketLoss, Target = "b", Impairment = new LinkProfile { LossRatio = 0.3, DuplicateRatio = 0.2 } },
        }, s.Headers);
        await b.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.LinkChanged, "loss applied");

        for (var i = 1; i <= 40; i++)
        {
            await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = $"msg {i:D3}" }, s.Headers);
        }

        var received = await b.WaitForCountAsync(e => e.Message is not null, 40, "message", TimeSpan.FromSeconds(20));
        var inbox = await s.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "b" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(received.Select(e => e.Message.Message.Payload.ToStringUtf8()), Is.EqualTo(Enumerable.Range(1, 40).Select(i => $"msg {i:D3}")));
            Assert.That(inbox.Messages, Has.Count.EqualTo(40));
        });
    }

    [Test]
    public async Task Console_SiteOutageAndReselection_ToldOfOutageAndOfEachTerminalsLossAndReturn()
    {
        var s = HostSetup.NewScenario();
        await FastReselectingPlaceAsync(s);
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "console", PlaceId = "bank-station", Kind = DeviceKind.Console,
            Identity = new UserIdentity { McpttId = "sip:console@esn", Agency = Agency.Mps, Role = "dispatcher" },
        }, s.Headers);
        using var console = new DeviceProbe("console", "sip:console@esn", s.Devices.Observe(new ObserveRequest { DeviceId = "console" }, s.Headers));
        await console.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.Registered, "console registered");
        using var a = await s.DeviceAsync("a", place: "fast");

        await s.Network.InjectFaultAsync(new InjectFaultRequest { Fault = new Fault { Kind = FaultKind.SiteOutage, Target = "SITE-WHITEHALL" } }, s.Headers);
        var outage = await console.WaitForAsync(e => e.NetworkStatus?.Kind == NetworkStatusKind.SiteOutage, "site outage");
        var lost = await console.WaitForAsync(e => e.NetworkStatus?.Kind == NetworkStatusKind.ServiceLost, "a lost service");
        var restored = await console.WaitForAsync(e => e.NetworkStatus?.Kind == NetworkStatusKind.ServiceRestored, "a back");

        Assert.Multiple(() =>
        {
            Assert.That(outage.NetworkStatus.SiteId, Is.EqualTo("SITE-WHITEHALL"));
            Assert.That(lost.NetworkStatus.TerminalId, Is.EqualTo("a"));
            Assert.That(restored.NetworkStatus.TerminalId, Is.EqualTo("a"));
            Assert.That(restored.NetworkStatus.CellId, Is.EqualTo("CELL-TRAFALGAR-1"));
        });
    }
}
