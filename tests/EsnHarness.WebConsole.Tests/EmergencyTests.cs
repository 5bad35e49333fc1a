using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary>An emergency alert's banner stays on the console until a dispatcher acknowledges it, and the acknowledgement
/// reaches the MCX and the user in distress.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class EmergencyTests
{
    [Test]
    public async Task EmergencyBanner_StaysThroughOtherUpdatesUntilAcknowledged_ThenGoneAndTheMcxAndUserKnow()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Driver.Emergencies.ExpectEmergencyBannerAsync("PC Patel");

        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32770 }, s.Headers);
        await s.Driver.ExpectMessageAsync("Status 32770");
        var stillThere = await s.Driver.Emergencies.EmergencyBannerVisibleAsync("PC Patel");
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-emergency.png"));

        await s.Driver.Emergencies.AcknowledgeEmergencyAsync("PC Patel");

        await s.Driver.Emergencies.ExpectNoEmergencyBannerAsync("PC Patel");
        var told = await patel.WaitForAsync(e => e.EmergencyAlert is { Alert.Acknowledged: true }, "its alert acknowledged");
        var state = await s.Mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = "MPS-LX-OPS1" }, s.Headers);
        await Microsoft.Playwright.Assertions.Expect(s.Page.GetByRole(Microsoft.Playwright.AriaRole.List, new() { Name = "Active emergencies" }))
            .ToContainTextAsync($"acknowledged by {ConsoleScenario.DispatcherName}");
        Assert.Multiple(() =>
        {
            Assert.That(stillThere, Is.True, "the banner stays while the screen updates for other things");
            Assert.That(told.EmergencyAlert.Alert.AcknowledgedBy, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(state.Alerts.Single().Acknowledged, Is.True);
            Assert.That(state.Alerts.Single().AcknowledgedBy, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(state.InEmergency, Is.True, "acknowledged is not cancelled");
        });
    }

    [Test]
    public async Task EmergencyBanner_AlertCancelledByTheUser_BannerGoesWithoutAcknowledgement()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Driver.Emergencies.ExpectEmergencyBannerAsync("PC Patel");

        await s.Devices.CancelEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);

        await s.Driver.Emergencies.ExpectNoEmergencyBannerAsync("PC Patel");
        await Microsoft.Playwright.Assertions.Expect(s.Page.GetByRole(Microsoft.Playwright.AriaRole.List, new() { Name = "Active emergencies" }))
            .Not.ToContainTextAsync("PC Patel");
    }
}
