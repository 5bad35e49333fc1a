using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>Status and message-log defects, each against the faithful behaviour, through the contracts.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class MessagingDefectTests
{
    [TestCase(false, 32770u, TestName = "Status_Faithful_ArrivesWithTheValueSent")]
    [TestCase(true, 640u, TestName = "Status_ByteSwappedDefect_ArrivesWithItsBytesSwapped")]
    [ShowsDefect("mcx.status-code-byte-swapped")]
    public async Task Status_SentToAnotherTerminal_ValueReceived(bool defect, uint received)
    {
        var s = await DefectScenarios.StartAsync(defect ? "mcx.status-code-byte-swapped" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");

        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = "a", TargetMcpttId = b.McpttId, StatusCode = 32770 }, s.Headers);
        var status = await b.WaitForAsync(e => e.Message is not null, "the status received");

        Assert.That(status.Message.Message.StatusCode, Is.EqualTo(received));
    }

    [TestCase(false, 1, TestName = "MessageLog_Faithful_ListsAMessageNotYetOpened")]
    [TestCase(true, 0, TestName = "MessageLog_OnlyReadDefect_LeavesOutAMessageNotYetOpened")]
    [ShowsDefect("device.message-log-only-read")]
    public async Task MessageLog_SdsReceivedNotOpened_Listed(bool defect, int listed)
    {
        var s = await DefectScenarios.StartAsync(defect ? "device.message-log-only-read" : null);
        await s.GroupAsync("G");
        using var a = await s.DeviceAsync("a", "G");
        using var b = await s.DeviceAsync("b", "G");

        await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "a", TargetMcpttId = b.McpttId, Text = "INFORMATIVE: 4 pumps" }, s.Headers);
        await b.WaitForAsync(e => e.Message is not null, "the SDS received");
        var log = await s.Devices.ListMessagesAsync(new DeviceRef { DeviceId = "b" }, s.Headers);

        Assert.That(log.Messages, Has.Count.EqualTo(listed));
    }
}
