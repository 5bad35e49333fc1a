using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class CallControlTests
{
    [Test]
    public async Task PressPtt_GroupRequiresAffiliationAndUserNotAffiliated_FailedPreconditionNotAffiliated()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G", g => g.RequireAffiliation = true);
        using var a = await s.DeviceAsync("a");
        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "a", GroupId = "G" }, s.Headers);

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(error.Status.Detail, Does.Contain("not affiliated").And.Contain("CALL_CAUSE_NOT_AFFILIATED"));
        });
    }

    [Test]
    public async Task SetupCall_ChatGroupAtMaxParticipants_ResourceExhaustedWithCause()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("CHAT", g => { g.DefaultCallType = CallType.ChatGroup; g.MaxParticipants = 2; });
        using var a = await s.DeviceAsync("a", "CHAT");
        using var b = await s.DeviceAsync("b", "CHAT");
        using var c = await s.DeviceAsync("c", "CHAT");
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.ChatGroup }, s.Headers);
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "b", CallType = CallType.ChatGroup }, s.Headers);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "c", CallType = CallType.ChatGroup }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.Trailers.GetValue("esn-call-cause"), Is.EqualTo("CALL_CAUSE_MAX_PARTICIPANTS_REACHED"));
        });
    }

    [Test]
    public async Task StartCall_EmergencyOnGroupThatForbidsIt_PermissionDeniedEmergencyNotAllowed()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G", g => g.AllowEmergency = false);
        using var a = await s.DeviceAsync("a", "G");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.EmergencyGroup }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
            Assert.That(error.Trailers.GetValue("esn-call-cause"), Is.EqualTo("CALL_CAUSE_EMERGENCY_NOT_ALLOWED"));
        });
    }

    [Test]
    public async Task PrivateCall_ManualCommencementAccepted_BothConnectedAndCallerMayTalk()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");

        var call = await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = "a", CallType = CallType.Private, TargetMcpttId = b.McpttId, Commencement = CommencementMode.Manual, ImplicitFloorRequest = true,
        }, s.Headers);
        var incoming = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "incoming private call");
        await s.Devices.AcceptCallAsync(new CallRef { DeviceId = "b", CallId = call.Call.CallId }, s.Headers);

        await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "caller connected");
        var granted = await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "caller granted once connected");
        Assert.Multiple(() =>
        {
            Assert.That(call.Call.State, Is.EqualTo(CallState.SettingUp));
            Assert.That(incoming.Call.Call.InitiatorMcpttId, Is.EqualTo(a.McpttId));
            Assert.That(granted.Floor.CallId, Is.EqualTo(call.Call.CallId));
        });
    }

    [Test]
    public async Task PrivateCall_Rejected_CallerSeesRejectedByUser()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");
        var call = await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.Private, TargetMcpttId = b.McpttId }, s.Headers);
        await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Incoming, "incoming");

        await s.Devices.RejectCallAsync(new CallRef { DeviceId = "b", CallId = call.Call.CallId }, s.Headers);

        var rejected = await a.WaitForAsync(e => e.Call?.Kind == CallEventKind.Rejected, "rejected");
        Assert.That(rejected.Call.Cause, Is.EqualTo(CallCause.RejectedByUser));
    }

    [Test]
    public async Task PrivateCall_AutomaticCommencement_ActiveAtOnceForBoth()
    {
        var s = HostSetup.NewScenario();
        using var a = await s.DeviceAsync("a");
        using var b = await s.DeviceAsync("b");

        var call = await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = "a", CallType = CallType.Private, TargetMcpttId = b.McpttId, Commencement = CommencementMode.Automatic,
        }, s.Headers);

        var connected = await b.WaitForAsync(e => e.Call?.Kind == CallEventKind.Connected, "auto-answered");
        Assert.Multiple(() =>
        {
            Assert.That(call.Call.State, Is.EqualTo(CallState.Active));
            Assert.That(connected.Call.Call.Participants, Is.EquivalentTo(new[] { a.McpttId, b.McpttId }));
        });
    }

    [Test]
    public async Task RemoteAffiliate_DispatcherMovesCrew_CrewSeesAffiliationChangedByDispatcher()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("INCIDENT-1");
        using var dispatcher = await s.DeviceAsync("disp", role: "dispatcher");
        using var crew = await s.DeviceAsync("crew");

        await s.Mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest
        {
            RequesterMcpttId = dispatcher.McpttId, TargetMcpttId = crew.McpttId, GroupId = "INCIDENT-1", Affiliate = true,
        }, s.Headers);

        var changed = await crew.WaitForAsync(e => e.Affiliation is not null, "remote affiliation");
        var state = await s.Devices.GetStateAsync(new DeviceRef { DeviceId = "crew" }, s.Headers);
        var refused = Assert.ThrowsAsync<RpcException>(async () => await s.Mcx.RemoteAffiliateAsync(new RemoteAffiliationRequest
        {
            RequesterMcpttId = crew.McpttId, TargetMcpttId = dispatcher.McpttId, GroupId = "INCIDENT-1", Affiliate = true,
        }, s.Headers));
        Assert.Multiple(() =>
        {
            Assert.That(changed.Affiliation.Affiliation.ChangedBy, Is.EqualTo(dispatcher.McpttId));
            Assert.That(state.AffiliatedGroups, Does.Contain("INCIDENT-1"));
            Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        });
    }

    [Test]
    public async Task Affiliate_BeyondProfileN2_ResourceExhausted()
    {
        var s = HostSetup.NewScenario();
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile { Identity = new UserIdentity { McpttId = "sip:a@esn" }, MaxAffiliations = 1 },
        }, s.Headers);
        await s.GroupAsync("G1");
        await s.GroupAsync("G2");
        using var a = await s.DeviceAsync("a", "G1");

        var error = Assert.ThrowsAsync<RpcException>(async () => await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "a", GroupId = "G2" }, s.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.Status.Detail, Does.Contain("N2"));
        });
    }

    [Test]
    public async Task RaiseEmergencyAlert_MemberOfGroup_ReceivesAlertWithLocation()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G", place: "kings-cross-st-pancras-deep");
        using var b = await s.DeviceAsync("b", "G");

        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a" }, s.Headers);

        var alert = await b.WaitForAsync(e => e.EmergencyAlert is not null, "emergency alert");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(alert.EmergencyAlert.Alert.McpttId, Is.EqualTo(a.McpttId));
            Assert.That(alert.EmergencyAlert.Alert.Location.LatitudeDeg, Is.EqualTo(51.5308).Within(0.001));
            Assert.That(alert.EmergencyAlert.Alert.Location.AltitudeM, Is.LessThan(0));
            Assert.That(state.InEmergency, Is.True);
        });
        await s.Devices.CancelEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a" }, s.Headers);
        var cancelled = await b.WaitForAsync(e => e.EmergencyAlert?.Alert.Cancelled == true, "alert cancelled");
        Assert.That(cancelled.EmergencyAlert.Alert.CancelledBy, Is.EqualTo(a.McpttId));
    }
}
