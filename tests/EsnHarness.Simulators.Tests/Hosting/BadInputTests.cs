using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Hosting;

[Parallelizable(ParallelScope.All)]
public sealed class BadInputTests
{
    [Test]
    public void SetupCall_UnknownIdentity_NotFoundNamingTheId()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.SetupCallAsync(
            new SetupCallRequest { McpttId = "sip:ghost@esn", CallType = CallType.PrearrangedGroup, GroupId = "G" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("'sip:ghost@esn' is not a registered MCX user"));
        });
    }

    [Test]
    public async Task Affiliate_MissingGroup_NotFoundNamingTheGroup()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = "NOPE" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("group_id 'NOPE' is not a configured group"));
        });
    }

    [Test]
    public void PowerOn_MissingIdentity_InvalidArgumentNamingTheField()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PowerOnAsync(new PowerOnRequest { DeviceId = "x" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("identity.mcptt_id"));
        });
    }

    [Test]
    public void PowerOn_NoPlace_InvalidArgumentNamingTheFieldInsteadOfADefaultPlace()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "x", Identity = new EsnHarness.Contracts.Common.V1.UserIdentity { McpttId = "sip:x@esn" },
        }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("place_id"));
        });
    }

    [Test]
    public void AnyCall_MalformedNamespaceHeader_InvalidArgument()
    {
        var headers = new Metadata { { EsnMetadata.NamespaceHeader, "bad namespace!" } };
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Config.ListGroupsAsync(new ListGroupsRequest(), headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(error.Status.Detail, Does.Contain("esn-namespace"));
        });
    }

    [Test]
    public async Task SendMedia_GarbageBytes_ErrorStatusAndHostKeepsServing()
    {
        var s = HostSetup.NewScenario();
        var garbage = new Method<byte[], byte[]>(MethodType.Unary, "esn.mcx.v1.McxService", "SendMedia",
            Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));
        var invoker = HostSetup.Channel.CreateCallInvoker();

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await invoker.AsyncUnaryCall(garbage, null, new CallOptions(s.Headers), [0xFF, 0xFF, 0xFF, 0x0F, 0x01, 0x02]));
        var groups = await s.Config.ListGroupsAsync(new ListGroupsRequest(), s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.Not.EqualTo(StatusCode.OK));
            Assert.That(groups.Groups, Is.Empty);
        });
    }

    [Test]
    public async Task Namespaces_SameIdentitiesInParallel_NoEventCrossesOver()
    {
        var scenarios = Enumerable.Range(0, 4).Select(_ => HostSetup.NewScenario()).ToList();

        var results = await Task.WhenAll(scenarios.Select(async (s, i) =>
        {
            await s.GroupAsync("G");
            using var a = await s.DeviceAsync("a", "G");
            using var b = await s.DeviceAsync("b", "G");
            await s.Devices.SendSdsAsync(new Contracts.Device.V1.SendSdsRequest { DeviceId = "a", GroupId = "G", Text = $"scenario {i}" }, s.Headers);
            var got = await b.WaitForAsync(e => e.Message is not null, "own SDS");
            var inbox = await s.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "b" }, s.Headers);
            return (Text: got.Message.Message.Payload.ToStringUtf8(), inbox.Messages.Count);
        }));

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 4).Select(i => ($"scenario {i}", 1))));
    }
}
