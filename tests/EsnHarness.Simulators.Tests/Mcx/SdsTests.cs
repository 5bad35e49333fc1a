using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using SendSdsRequest = EsnHarness.Contracts.Device.V1.SendSdsRequest;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class SdsTests
{
    [Test]
    public async Task SendSds_DeliveryAndReadReadWithinTdu1_OneDeliveredAndReadReport()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");

        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest
        {
            DeviceId = "a", TargetMcpttId = b.McpttId, Text = "RV at Bank, exit 3", DispositionRequest = DispositionRequest.DeliveryAndRead,
        }, s.Headers);
        var received = await b.WaitForAsync(e => e.Message is not null, "SDS received");
        await s.Devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = "b", MessageId = sent.MessageId }, s.Headers);

        var report = await a.WaitForAsync(e => e.Disposition is not null, "disposition");
        Assert.Multiple(() =>
        {
            Assert.That(received.Message.Message.Payload.ToStringUtf8(), Is.EqualTo("RV at Bank, exit 3"));
            Assert.That(report.Disposition.Notification.Status, Is.EqualTo(DispositionStatus.DeliveredAndRead));
            Assert.That(report.Disposition.Notification.RecipientMcpttId, Is.EqualTo(b.McpttId));
        });
    }

    [Test]
    public async Task SendSds_DeliveryAndReadUnreadPastTdu1_DeliveredThenReadSeparately()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest
        {
            DeviceId = "a", TargetMcpttId = b.McpttId, Text = "x", DispositionRequest = DispositionRequest.DeliveryAndRead,
        }, s.Headers);

        var delivered = await a.WaitForAsync(e => e.Disposition is not null, "DELIVERED after TDU1");
        await s.Devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = "b", MessageId = sent.MessageId }, s.Headers);
        var read = await a.WaitForAsync(e => e.Disposition is not null, "READ");

        Assert.That(new[] { delivered.Disposition.Notification.Status, read.Disposition.Notification.Status },
            Is.EqualTo(new[] { DispositionStatus.Delivered, DispositionStatus.Read }));
    }

    [Test]
    public async Task SendSds_GroupWithDeliveryRequest_EveryAffiliatedMemberReportsDelivered()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        using var c = await s.DeviceAsync("c", "G");

        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", GroupId = "G", Text = "all units", DispositionRequest = DispositionRequest.Delivery }, s.Headers);

        var reports = await a.WaitForCountAsync(e => e.Disposition is not null, 2, "DELIVERED");
        Assert.Multiple(() =>
        {
            Assert.That(sent.Recipients, Is.EquivalentTo(new[] { b.McpttId, c.McpttId }));
            Assert.That(reports.Select(r => r.Disposition.Notification.RecipientMcpttId), Is.EquivalentTo(new[] { b.McpttId, c.McpttId }));
            Assert.That(reports.All(r => r.Disposition.Notification.Status == DispositionStatus.Delivered), Is.True);
        });
    }

    [Test]
    public async Task SendSds_PayloadOverProfileLimit_InvalidArgumentNamingTheLimit()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.SendSdsAsync(
            new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = new string('x', 1001) }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("1001 bytes").And.Contain("1000 bytes"));
        });
    }

    [TestCase(1000, SdsPlane.Signalling)]
    [TestCase(1001, SdsPlane.Media)]
    public async Task SendSds_ControlPlaneLimitSet_PayloadAboveItGoesOverTheMediaPlane(int size, SdsPlane expected)
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = a.McpttId }, MaxSdsSizeBytes = 10_000, MaxSdsControlPlaneBytes = 1000 },
        }, s.Headers);

        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = new string('x', size) }, s.Headers);
        var received = await b.WaitForAsync(e => e.Message is not null, "SDS received");

        Assert.Multiple(() =>
        {
            Assert.That(sent.Plane, Is.EqualTo(expected));
            Assert.That(received.Message.Message.Plane, Is.EqualTo(expected));
            Assert.That(received.Message.Message.Payload.Length, Is.EqualTo(size));
        });
    }

    [Test]
    public async Task SendSds_NoControlPlaneLimit_EverythingUpToTheMaximumOnSignalling()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");

        var sent = await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = new string('x', 1000) }, s.Headers);

        Assert.That(sent.Plane, Is.EqualTo(SdsPlane.Signalling));
    }

    [Test]
    public async Task SendSds_LossyDuplicatingLink_EveryMessageArrivesExactlyOnce()
    {
        var s = HostSetup.NewScenario();
        await s.Network.PutPlaceAsync(new PutPlaceRequest
        {
            Place = new Place
            {
                PlaceId = "lossy", Name = "lossy lab", Coverage = CoverageType.Surface, CellId = "CELL-WHITEHALL-1",
                Link = new LinkProfile { LossRatio = 0.2, DuplicateRatio = 0.2 },
            },
        }, s.Headers);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G", place: "lossy");
        using var b = await s.DeviceAsync("b", "G", place: "lossy");

        var sends = Enumerable.Range(0, 40).Select(i => s.Devices.SendSdsAsync(
            new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = $"msg {i}" }, s.Headers).ResponseAsync).ToList();
        var results = await Task.WhenAll(sends);
        var received = await b.WaitForCountAsync(e => e.Message is not null, 40, "SDS");
        var inbox = await s.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "b" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(received.Select(r => r.Message.Message.Payload.ToStringUtf8()).Order(),
                Is.EqualTo(Enumerable.Range(0, 40).Select(i => $"msg {i}").Order()));
            Assert.That(inbox.Messages, Has.Count.EqualTo(40));
            Assert.That(results.Any(r => r.Transmissions > 1), Is.True, "20 % loss must have forced some retransmissions");
        });
    }
}
