using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>Private call call-back requests on the reference MCX (TS 24.379 Annex G.13).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class CallBackTests
{
    [Test]
    public async Task RequestCallBack_OfficerToDispatcher_DispatcherShownItWithTheOfficersAlias()
    {
        var s = HostSetup.NewScenario();
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher");

        var made = await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);
        var again = await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);
        var shown = await dispatcher.WaitForAsync(e => e.CallBack is not null, "the dispatcher shown the request");
        var list = await s.Common.ListCallBacksAsync(new ListCallBacksRequest { TargetMcpttId = dispatcher.McpttId }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(made.State, Is.EqualTo(CallBackState.Requested));
            Assert.That(again.RequestedAt, Is.EqualTo(made.RequestedAt), "a second request is the standing one");
            Assert.That(shown.CallBack.CallBack.RequesterMcpttId, Is.EqualTo(officer.McpttId));
            Assert.That(shown.CallBack.CallBack.RequesterFunctionalAlias, Is.EqualTo("OFFICER"));
            Assert.That(list.CallBacks, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task SetupCall_DispatcherCallsTheOfficerBack_BothToldFulfilled()
    {
        var s = HostSetup.NewScenario();
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher");
        await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);

        await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = dispatcher.McpttId, CallType = CallType.Private, TargetMcpttId = officer.McpttId }, s.Headers);

        var atDispatcher = await dispatcher.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Fulfilled, "the dispatcher told it is done");
        var atOfficer = await officer.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Fulfilled, "the officer told it is done");
        Assert.That(atDispatcher.CallBack.CallBack.RequesterMcpttId, Is.EqualTo(atOfficer.CallBack.CallBack.RequesterMcpttId));
    }

    [Test]
    public async Task SetupCall_SomeoneElseCallsTheOfficer_RequestStillStands()
    {
        var s = HostSetup.NewScenario();
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher");
        using var other = await McxProbe.RegisterAsync(s, "other");
        await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);

        await s.Mcx.SetupCallAsync(new SetupCallRequest { McpttId = other.McpttId, CallType = CallType.Private, TargetMcpttId = officer.McpttId }, s.Headers);

        var list = await s.Common.ListCallBacksAsync(new ListCallBacksRequest { TargetMcpttId = dispatcher.McpttId }, s.Headers);
        Assert.That(list.CallBacks, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CancelCallBack_ByTheRequester_TargetToldCancelled()
    {
        var s = HostSetup.NewScenario();
        using var officer = await McxProbe.RegisterAsync(s, "officer");
        using var dispatcher = await McxProbe.RegisterAsync(s, "dispatcher", "dispatcher");
        await s.Common.RequestCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);

        await s.Common.CancelCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers);

        await dispatcher.WaitForAsync(e => e.CallBack?.CallBack.State == CallBackState.Cancelled, "the dispatcher told it was withdrawn");
        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Common.CancelCallBackAsync(new CallBackRequest { McpttId = officer.McpttId, TargetMcpttId = dispatcher.McpttId }, s.Headers));
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
    }
}
