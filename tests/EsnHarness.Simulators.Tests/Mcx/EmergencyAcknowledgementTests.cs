using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

[Parallelizable(ParallelScope.All)]
public sealed class EmergencyAcknowledgementTests
{
    [Test]
    public async Task AcknowledgeEmergencyAlert_ByDispatcher_ConsoleAndOriginatorSeeItAcknowledgedAndStillActive()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var console = await DispatcherAsync(s, "metcc", "G");
        using var officer = await s.DeviceAsync("officer", "G");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "officer", GroupId = "G" }, s.Headers);
        await console.WaitForAsync(e => e.EmergencyAlert is { Alert.Acknowledged: false }, "the alert, unacknowledged");

        var answer = await s.Mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = "sip:metcc@esn", TargetMcpttId = "sip:officer@esn" }, s.Headers);

        var atConsole = await console.WaitForAsync(e => e.EmergencyAlert is { Alert.Acknowledged: true }, "the alert, acknowledged");
        var atOfficer = await officer.WaitForAsync(e => e.EmergencyAlert is { Alert.Acknowledged: true }, "own alert, acknowledged");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Alert.AcknowledgedBy, Is.EqualTo("sip:metcc@esn"));
            Assert.That(answer.Alert.AcknowledgedAt, Is.Not.Null);
            Assert.That(atConsole.EmergencyAlert.Alert.AcknowledgedBy, Is.EqualTo("sip:metcc@esn"));
            Assert.That(atOfficer.EmergencyAlert.Alert.McpttId, Is.EqualTo("sip:officer@esn"));
            Assert.That(state.Alerts.Single().Acknowledged, Is.True);
            Assert.That(state.InEmergency, Is.True, "acknowledged is not cancelled");
        });
    }

    [Test]
    public async Task AcknowledgeEmergencyAlert_ByCrewMember_PermissionDeniedAndAlertStaysUnacknowledged()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a", GroupId = "G" }, s.Headers);

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = "sip:b@esn", TargetMcpttId = "sip:a@esn" }, s.Headers));
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That(state.Alerts.Single().Acknowledged, Is.False);
    }

    [Test]
    public async Task AcknowledgeEmergencyAlert_NoActiveAlert_NotFound()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var console = await DispatcherAsync(s, "metcc", "G");
        using var a = await s.DeviceAsync("a", "G");

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = "sip:metcc@esn", TargetMcpttId = "sip:a@esn" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
    }

    [Test]
    public async Task EmergencyButton_SecondUserOnSameEmergencyCall_GetsAFloorAnswerAndBothAlertsStayActive()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "a", GroupId = "G" }, s.Headers);
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "a", CallType = CallType.EmergencyGroup, GroupId = "G", ImplicitFloorRequest = true }, s.Headers);
        await a.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "a granted");

        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = "b", GroupId = "G" }, s.Headers);
        await s.Devices.StartCallAsync(new StartCallRequest { DeviceId = "b", CallType = CallType.EmergencyGroup, GroupId = "G", ImplicitFloorRequest = true }, s.Headers);

        var answer = await b.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.QueuePositionInfo or FloorEventKind.Deny or FloorEventKind.Granted }, "an answer to b's emergency floor request");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "G" }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(answer.Floor.Kind, Is.EqualTo(FloorEventKind.QueuePositionInfo), "equal emergency priority queues behind the talker");
            Assert.That(state.Alerts.Select(x => x.McpttId).Order(), Is.EqualTo(new[] { "sip:a@esn", "sip:b@esn" }));
        });
    }

    private static async Task<DeviceProbe> DispatcherAsync(Scenario s, string name, string group)
    {
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest
        {
            Profile = new UserProfile
            {
                Identity = new UserIdentity { McpttId = $"sip:{name}@esn", Agency = Agency.Mps, Role = "dispatcher" },
                AllowRemoteAffiliation = true, AllowEmergency = true, AllowPrivateCall = true, FloorPriority = 200,
            },
        }, s.Headers);
        return await s.DeviceAsync(name, group, role: "dispatcher");
    }
}
