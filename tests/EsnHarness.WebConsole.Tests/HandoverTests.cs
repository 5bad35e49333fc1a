using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.WebConsole.Tests.Support;
using Google.Protobuf;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Incident handovers between control rooms (structured SDS, application "incident-handover"): received and read on the
/// console with the keyboard (the sender told it was read), and sent from the console's form with the keyboard.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class HandoverTests
{
    [Test]
    public async Task ReceivedHandover_ReadWithTheKeyboard_EveryFieldShownAndTheSenderToldRead()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var reid = await s.TerminalAsync("las-eoc-reid", "LAS EOC Dispatcher Reid", "LFB-FLON-OPS01", Agency.Las);
        await s.Devices.SendSdsAsync(new SendSdsRequest
        {
            DeviceId = reid.DeviceId,
            TargetMcpttId = ConsoleScenario.DispatcherId,
            Binary = ByteString.CopyFromUtf8("incident: C1-0977\nfrom: LAS EOC\ntype: RTC, driver trapped\nlocation: Old Kent Road SE1"),
            ApplicationId = "incident-handover",
            DispositionRequest = DispositionRequest.DeliveryAndRead,
        }, s.Headers);

        var lines = await s.Driver.Handovers.HandoverLinesAsync("C1-0977", "LAS EOC Dispatcher Reid");
        await s.Driver.Handovers.Handover("C1-0977").GetByRole(AriaRole.Button, new() { Name = "Read handover" }).FocusAsync();
        await s.Page.Keyboard.PressAsync("Enter");

        var read = await reid.WaitForAsync(e => e.Disposition is { Notification.Status: DispositionStatus.Read }, "the read report");
        Assert.That(lines, Does.Contain("Incident C1-0977 from LAS EOC").And.Contain("type: RTC, driver trapped").And.Contain("location: Old Kent Road SE1"));
        Assert.That(string.Join(" ", lines), Does.Contain("LAS EOC Dispatcher Reid"));
        Assert.That(read.Disposition.Notification.RecipientMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
        await Assertions.Expect(s.Driver.Handovers.Handover("C1-0977").GetByRole(AriaRole.Button, new() { Name = "Read handover" })).ToBeHiddenAsync();
        await Assertions.Expect(s.Driver.Handovers.Handover("C1-0977").Locator(".read-state")).ToHaveTextAsync("Read");
    }

    [Test]
    public async Task SendHandover_FormFilledWithTheKeyboard_RecipientGetsTheStructuredSds()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var reid = await s.TerminalAsync("las-eoc-reid", "LAS EOC Dispatcher Reid", "LFB-FLON-OPS01", Agency.Las);

        await s.Driver.Find("handoverTo").FocusAsync();
        await s.Page.Keyboard.TypeAsync(reid.McpttId);
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.TypeAsync("CAD-4471");
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.TypeAsync("type: RTC, pedestrian struck\nlocation: Kennington Park Road SE11");
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Enter");

        var received = await reid.WaitForAsync(e => e.Message?.Message.ApplicationId == "incident-handover", "the handover SDS");
        Assert.That(received.Message.Message.Payload.ToStringUtf8(),
            Is.EqualTo("incident: CAD-4471\nfrom: MetCC\ntype: RTC, pedestrian struck\nlocation: Kennington Park Road SE11"));
        Assert.That(received.Message.Message.SenderMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
        Assert.That(received.Message.Message.DispositionRequest, Is.EqualTo(DispositionRequest.DeliveryAndRead));
        await s.Driver.ExpectMessageAsync("Handover of incident CAD-4471");
    }

    [Test]
    public async Task SendHandover_DetailLineWithoutAValue_RefusedNamingTheLine()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var reid = await s.TerminalAsync("las-eoc-reid", "LAS EOC Dispatcher Reid", "LFB-FLON-OPS01", Agency.Las);

        await s.Driver.Find("handoverTo").FillAsync(reid.McpttId);
        await s.Driver.Find("handoverIncident").FillAsync("CAD-4471");
        await s.Driver.Find("handoverDetails").FillAsync("type: RTC\nlocation");
        await s.Driver.Find("handoverSend").ClickAsync();

        await Assertions.Expect(s.Page.GetByRole(AriaRole.Contentinfo)).ToContainTextAsync("handover details line 2 'location' is not 'field: value'");
    }
}
