using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>The dispatcher's controls beyond PTT and acknowledgement, worked on the screen: each reaches the MCX, and the screen shows
/// the outcome the control-room steps read.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class DispatcherControlTests
{
    [Test]
    public async Task CancelEmergency_FromTheConsole_CancelledAtTheMcxUserToldAndMarkedCancelledOnTheScreen()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Driver.Emergencies.ExpectEmergencyBannerAsync("PC Patel");

        await s.Driver.Emergencies.CancelEmergencyAsync("PC Patel");

        await s.Driver.Emergencies.ExpectEmergencyCancelledAsync("PC Patel");
        var told = await patel.WaitForAsync(e => e.EmergencyAlert is { Alert.Cancelled: true }, "its alert cancelled");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Driver.Emergencies.ExpectNoEmergencyBannerAsync("PC Patel");
        Assert.Multiple(() =>
        {
            Assert.That(told.EmergencyAlert.Alert.CancelledBy, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(state.Alerts.Where(a => !a.Cancelled), Is.Empty, "no active alert left at the MCX");
        });
    }

    [Test]
    public async Task SendMessage_WithReadReceipt_CrewReadsIt_ScreenShowsDeliveredAndRead()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);
        await s.Driver.ExpectMessageAsync("From PC Patel");

        await s.Driver.SendMessageAsync("PC Patel", "Hold at Brixton", readReceipt: true);

        var received = await patel.WaitForAsync(e => e.Message is not null && e.Message.Message.Payload.ToStringUtf8() == "Hold at Brixton", "the dispatcher's SDS");
        await s.Devices.ReadMessageAsync(new ReadMessageRequest { DeviceId = patel.DeviceId, MessageId = received.Message.Message.MessageId }, s.Headers);
        await s.Driver.ExpectReportsAsync("PC Patel", ["delivered to PC Patel", "read by PC Patel"]);
        Assert.That(received.Message.Message.DispositionRequest, Is.EqualTo(DispositionRequest.DeliveryAndRead));
    }

    [Test]
    public async Task PrivateCall_AutomaticCommencement_CrewConnectedWithoutAnswering()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);
        await s.Driver.ExpectMessageAsync("From PC Patel");

        await s.Driver.Calls.CallAsync("PC Patel", automatic: true);

        var connected = await patel.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected } c && c.Call.GroupId.Length == 0, "the dispatcher's call connected");
        await Assertions.Expect(s.Driver.Find("callAudio", user: "PC Patel")).ToBeVisibleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(connected.Call.Call.InitiatorMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(patel.PassedOver.Concat([connected]).Any(e => e.Call is { Kind: CallEventKind.Incoming }), Is.False, "automatic commencement: the terminal never rang");
        });
    }

    [Test]
    public async Task RemoteAffiliation_FromTheConsole_CrewAffiliatedByTheDispatcher()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);
        await s.Driver.ExpectMessageAsync("From PC Patel");

        await s.Driver.Affiliations.RemoteAffiliateAsync("PC Patel", "LFB-FLON-OPS01");

        var affiliated = await patel.WaitForAsync(e => e.Affiliation is { Affiliation: { GroupId: "LFB-FLON-OPS01", State: AffiliationState.Affiliated } }, "its affiliation to LFB-FLON-OPS01");
        var held = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = patel.McpttId }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(affiliated.Affiliation.Affiliation.ChangedBy, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(held.ToString(), Does.Contain("LFB-FLON-OPS01"));
        });
    }

    [Test]
    public async Task MonitorGroup_UnknownGroup_RefusalShownOnTheScreen_KnownGroup_TileShown()
    {
        await using var s = await ConsoleScenario.StartAsync(false, "MPS-LX-OPS1");
        await s.Config.PutGroupAsync(new PutGroupRequest { Group = new GroupConfig { GroupId = "MPS-SO-OPS1", QueueingEnabled = true } }, s.Headers);

        var refused = await s.Driver.Affiliations.MonitorAsync("NO-SUCH-GROUP");
        var accepted = await s.Driver.Affiliations.MonitorAsync("MPS-SO-OPS1");

        await Assertions.Expect(s.Driver.Find("groupTile", group: "MPS-SO-OPS1")).ToBeVisibleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(refused, Does.Contain("NO-SUCH-GROUP"), "the MCX's own words, naming the group");
            Assert.That(accepted, Is.Null);
        });
    }

    [Test]
    public async Task Broadcast_HeldOnTheTile_CrewHearsTheDispatcherAndIsDeniedTheFloor()
    {
        await using var s = await ConsoleScenario.StartAsync();
        await s.Config.PutUserProfileAsync(new PutUserProfileRequest { Profile = new UserProfile { Identity = new UserIdentity { McpttId = ConsoleScenario.DispatcherId, Agency = Agency.Mps, DisplayName = ConsoleScenario.DispatcherName }, AllowBroadcast = true } }, s.Headers);
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");

        await s.Driver.BroadcastAsync("MPS-LX-OPS1", 5);

        var heard = await patel.WaitForAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == ConsoleScenario.DispatcherId, "the dispatcher's voice");
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        var denied = await patel.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Deny }, "the floor denied");
        await s.Driver.ReleasePttAsync();
        Assert.That(denied.Floor.Cause, Is.EqualTo(FloorCause.ReceiveOnly));
    }
}
