using EsnHarness.Contracts.Device.V1;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Status and SDS messages in the console's list, and an SDS sent from the console to a crew.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class MessageTests
{
    [Test]
    public async Task Messages_CrewSendsSdsAndStatus_BothListedWithSenderAndGroup()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");

        await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", Text = "Suspect heading north on Euston Road" }, s.Headers);
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);

        await s.Driver.ExpectMessageAsync("Suspect heading north on Euston Road");
        await s.Driver.ExpectMessageAsync("Status 32769");
        await s.Driver.ExpectMessageAsync("From PC Patel to MPS-LX-OPS1");
        var messages = await s.Driver.MessagesAsync();
        Assert.That(messages.Count(m => m.Contains("Euston Road", StringComparison.Ordinal)), Is.EqualTo(1), "one entry per message, retransmissions not listed again");
    }

    [Test]
    public async Task SendMessage_ToACrewByName_TerminalReceivesItAndTheConsoleShowsItDelivered()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32769 }, s.Headers);
        await s.Driver.ExpectMessageAsync("From PC Patel");

        await s.Driver.SendMessageAsync("PC Patel", "Attend 12 Gower Street");

        var received = await patel.WaitForAsync(e => e.Message is not null && e.Message.Message.Payload.ToStringUtf8() == "Attend 12 Gower Street", "the dispatcher's SDS");
        await s.Driver.ExpectMessageAsync("delivered to PC Patel");
        Assert.That(received.Message.Message.SenderMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }
}
