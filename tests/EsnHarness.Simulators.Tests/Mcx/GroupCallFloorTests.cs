using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class GroupCallFloorTests
{
    private static bool Floor(DeviceEvent e, FloorEventKind kind) => e.EventCase == DeviceEvent.EventOneofCase.Floor && e.Floor.Kind == kind;

    [Test]
    public async Task PressPtt_FloorIdle_TalkerGrantedAndListenerSeesTaken()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("FLON-OPS01");
        using var a = await s.DeviceAsync("a", "FLON-OPS01");
        using var b = await s.DeviceAsync("b", "FLON-OPS01");

        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);

        var granted = await a.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "Floor Granted");
        var taken = await b.WaitForAsync(e => Floor(e, FloorEventKind.Taken), "Floor Taken");
        var state = await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "HasPermission");
        Assert.Multiple(() =>
        {
            Assert.That(granted.Floor.DurationLimitMs, Is.EqualTo(30_000));
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(a.McpttId));
            Assert.That(taken.Floor.TalkerFunctionalAlias, Is.EqualTo("A"));
            Assert.That(state.FloorState.From, Is.EqualTo("PendingRequest"));
        });
    }

    [Test]
    public async Task PressPtt_FloorTaken_SecondQueuedAtPositionOneThenGrantedOnRelease()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        using var c = await s.DeviceAsync("c", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "a granted");
        await b.WaitForAsync(e => Floor(e, FloorEventKind.Taken), "b sees a talking");

        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "b" }, s.Headers);
        var queued = await b.WaitForAsync(e => Floor(e, FloorEventKind.QueuePositionInfo), "Queue Position Info");
        await b.WaitForAsync(e => e.FloorState?.To == "Queued", "b queued");
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await b.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "b granted after release");
        var cTaken = await c.WaitForAsync(e => Floor(e, FloorEventKind.Taken) && e.Floor.TalkerMcpttId == b.McpttId, "c sees b talking");

        Assert.Multiple(() =>
        {
            Assert.That(queued.Floor.QueuePosition, Is.EqualTo(1));
            Assert.That(cTaken.Floor.TalkerMcpttId, Is.EqualTo(b.McpttId));
        });
    }

    [Test]
    public async Task EmergencyCall_NormalTalkerHoldsFloor_TalkerRevokedWithCause4AndEmergencyUserGranted()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        using var c = await s.DeviceAsync("c", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "a granted");

        var call = await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "b", CallType = CallType.EmergencyGroup, ImplicitFloorRequest = true }, s.Headers);

        var revoke = await a.WaitForAsync(e => Floor(e, FloorEventKind.Revoke), "Floor Revoke to a");
        await b.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "b granted");
        var upgraded = await c.WaitForAsync(e => e.Call?.Kind == CallEventKind.Upgraded, "call upgraded to emergency");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(revoke.Floor.Cause, Is.EqualTo(FloorCause.MediaBurstPreempted));
            Assert.That(call.Call.Emergency, Is.True);
            Assert.That(upgraded.Call.Call.CallType, Is.EqualTo(CallType.EmergencyGroup));
            Assert.That(state.InEmergency, Is.True);
        });
    }

    [Test]
    public async Task BroadcastCall_NonInitiatorPressesPtt_DeniedReceiveOnly()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G", role: "dispatcher");
        using var b = await s.DeviceAsync("b", "G");
        var call = await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.BroadcastGroup, ImplicitFloorRequest = true }, s.Headers);
        await a.WaitForAsync(e => Floor(e, FloorEventKind.Granted), "initiator granted");
        await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "b joined");

        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "b", CallId = call.Call.CallId }, s.Headers);

        var deny = await b.WaitForAsync(e => Floor(e, FloorEventKind.Deny), "Floor Deny");
        Assert.That(deny.Floor.Cause, Is.EqualTo(FloorCause.ReceiveOnly));
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a", CallId = call.Call.CallId }, s.Headers);
        var ended = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Ended, "broadcast ended");
        Assert.That(ended.Call.Cause, Is.EqualTo(CallCause.BroadcastEnded));
    }

    [Test]
    public async Task VoiceBurst_ThreeMembers_EveryListenerGetsEveryFrameInOrderWithTimestamps()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        using var c = await s.DeviceAsync("c", "G");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
        await a.WaitForAsync(e => e.FloorState?.To == "HasPermission", "a has permission");

        var burst = await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = "a", FrameCount = 25, ReleaseAfter = true }, s.Headers);

        foreach (var listener in new[] { b, c })
        {
            var frames = await listener.WaitForCountAsync(e => e.Media is not null, 25, "voice frame");
            Assert.Multiple(() =>
            {
                Assert.That(frames.Select(f => f.Media.Packet.Sequence), Is.EqualTo(Enumerable.Range(0, 25).Select(i => (uint)i)));
                Assert.That(frames.All(f => f.Media.Packet.BurstId == burst.BurstId && f.Media.Packet.SenderMcpttId == a.McpttId), Is.True);
                Assert.That(frames.All(f => f.Media.ReceivedAt.ToDateTimeOffset() >= f.Media.Packet.SentAt.ToDateTimeOffset()), Is.True);
                Assert.That(frames[^1].Media.Packet.LastInBurst, Is.True);
            });
        }

        Assert.That(a.Seen.Any(e => e.Media is not null), Is.False, "the talker must not hear itself");
    }
}
