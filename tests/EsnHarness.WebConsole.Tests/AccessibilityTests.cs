using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>The axe-core audit of the login page and of a busy console (a banner, a talker, a message, a unit on the plan, a
/// call ringing): no serious or critical violation.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class AccessibilityTests
{
    [Test]
    public async Task Axe_LoginPage_NoSeriousOrCriticalViolations()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var page = await ConsoleRig.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(s.Console.Address, "/login").AbsoluteUri);

        var result = await page.RunAxe();

        await page.Context.CloseAsync();
        Assert.That(Serious(result), Is.Empty);
    }

    [Test]
    public async Task Axe_BusyConsole_NoSeriousOrCriticalViolations()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1", alias: "MPS-LX-PC12");
        var okafor = await s.TerminalAsync("para-okafor", "Paramedic Okafor", "LFB-FLON-OPS01");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = okafor.DeviceId, GroupId = "LFB-FLON-OPS01", Text = "Casualty handed over" }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = okafor.DeviceId }, s.Headers);
        await s.Devices.StartCallAsync(new StartCallRequest
        {
            DeviceId = patel.DeviceId, CallType = EsnHarness.Contracts.Common.V1.CallType.Private,
            TargetMcpttId = ConsoleScenario.DispatcherId, Commencement = EsnHarness.Contracts.Common.V1.CommencementMode.Manual,
        }, s.Headers);
        await s.Driver.Emergencies.ExpectEmergencyBannerAsync("PC Patel");
        await s.Driver.ExpectMessageAsync("Casualty handed over");
        await s.Driver.ExpectTalkerAsync("LFB-FLON-OPS01", "Paramedic Okafor");
        await Assertions.Expect(s.Driver.Find("answerButton", user: "PC Patel")).ToBeVisibleAsync();
        await s.Driver.UnitPositionAsync("Paramedic Okafor");
        await s.Page.GetByText("Unit positions as a table").ClickAsync();
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-busy.png"));

        var result = await s.Page.RunAxe();

        Assert.That(Serious(result), Is.Empty);
        Assert.That(result.Passes, Is.Not.Empty, "axe ran its rules on the page");
    }

    [Test]
    public async Task Axe_ListeningAndHandover_NoSeriousOrCriticalViolations()
    {
        await using var s = await ConsoleScenario.StartAsync();
        await s.AllowAmbientListeningAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        var reid = await s.TerminalAsync("las-eoc-reid", "LAS EOC Dispatcher Reid", "LFB-FLON-OPS01", EsnHarness.Contracts.Common.V1.Agency.Las);
        await s.Devices.SendSdsAsync(new SendSdsRequest
        {
            DeviceId = reid.DeviceId,
            TargetMcpttId = ConsoleScenario.DispatcherId,
            Binary = Google.Protobuf.ByteString.CopyFromUtf8("incident: C1-0977\nfrom: LAS EOC\ntype: RTC, driver trapped"),
            ApplicationId = "incident-handover",
            DispositionRequest = EsnHarness.Contracts.Common.V1.DispositionRequest.DeliveryAndRead,
        }, s.Headers);
        await s.Driver.Calls.ListenAsync("PC Patel", patel.McpttId);
        await s.Driver.ExpectHearsAsync([], "PC Patel");
        await s.Driver.Handovers.HandoverLinesAsync("C1-0977");
        await s.Driver.Find("handoverDetails").FillAsync("type: RTC");
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-listening-handover.png"));

        var result = await s.Page.RunAxe();

        Assert.That(Serious(result), Is.Empty);
        Assert.That(result.Passes, Is.Not.Empty, "axe ran its rules on the page");
    }

    private static List<string> Serious(AxeResult result) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
}
