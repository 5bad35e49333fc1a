using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class CallLifecycleTests
{
    [Test]
    public async Task GroupCall_FloorIdleForHangTime_CallEndsWithHangTimerExpired()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G", g => g.HangTimeMs = 300);
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "granted");

        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a" }, s.Headers);

        var ended = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "call ended by hang timer");
        var calls = await s.Mcx.ListCallsAsync(new ListCallsRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(ended.Call.Cause, Is.EqualTo(CallCause.HangTimerExpired));
            Assert.That(calls.Calls, Is.Empty);
        });
    }

    [Test]
    public async Task ImminentPerilCall_CancelledByInitiator_MembersSeeCancellationAndGroupLeavesPeril()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        var call = await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.ImminentPerilGroup }, s.Headers);
        var during = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);

        await s.Devices.CancelEmergencyCallAsync(new CallRef { DeviceId = "a", CallId = call.Call.CallId }, s.Headers);

        var cancelled = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.EmergencyCancelled, "imminent peril cancelled");
        var after = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(during.InImminentPeril, Is.True);
            Assert.That(cancelled.Call.Call.ImminentPeril, Is.False);
            Assert.That(cancelled.Call.Call.CallType, Is.EqualTo(CallType.PrearrangedGroup));
            Assert.That(after.InImminentPeril, Is.False);
        });
    }

    [Test]
    public async Task Affiliate_DuringOngoingCall_LateEntrantConnectedAndToldWhoTalks()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "granted");
        using var late = await s.DeviceAsync("late");

        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "late", GroupId = "G" }, s.Headers);

        await late.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "late entry connected");
        var taken = await late.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Taken, "Floor Taken on late entry");
        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(a.McpttId));
    }

    [Test]
    public async Task PowerOff_ThenCallToThatUser_NotFoundUserNotReachable()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");

        await s.Devices.PowerOffAsync(new DeviceRef { DeviceId = "b" }, s.Headers);
        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.Private, TargetMcpttId = b.McpttId }, s.Headers));
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "b" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(error!.Trailers.GetValue("esn-call-cause"), Is.EqualTo("CALL_CAUSE_USER_NOT_REACHABLE"));
            Assert.That(state.PoweredOn, Is.False);
        });
    }
}
