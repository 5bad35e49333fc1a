using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>A console monitoring two groups plays the selected group's audio and shows the other's talker without playing it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class AudioSelectTests
{
    [Test]
    public async Task SelectGroup_OnAConsoleMonitoringTwoGroups_SelectedGroupPlayedOtherShownButMuted()
    {
        var s = HostSetup.NewScenario();
        var (console, a, b) = await MonitoringAsync(s);

        await ConsoleDevices.SpeakAsync(s, a, 3);
        await ConsoleDevices.SpeakAsync(s, b, 3);

        var fromA = await console.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == a.McpttId, "a frame from the selected group");
        var fromB = await console.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == b.McpttId, "a frame from the other group");
        var taken = await console.WaitForAsync(e => e.Floor is { Kind: Contracts.Mcx.V1.FloorEventKind.Taken } f && f.TalkerMcpttId == b.McpttId, "b shown talking");
        Assert.Multiple(() =>
        {
            Assert.That((fromA.Media.AudioMuted, fromA.Media.PlayedAt is not null), Is.EqualTo((false, true)), "selected group played");
            Assert.That((fromB.Media.AudioMuted, fromB.Media.PlayedAt), Is.EqualTo((true, (Google.Protobuf.WellKnownTypes.Timestamp?)null)), "other group muted");
            Assert.That(fromB.Media.DiscardedByJitterBuffer, Is.False);
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(b.McpttId));
        });
        console.Dispose();
        a.Dispose();
        b.Dispose();
    }

    [Test]
    public async Task SelectGroup_HandheldOnTwoGroups_PlaysBoth()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("A");
        await s.GroupAsync("B");
        using var listener = await s.DeviceAsync("listener", "A");
        await s.Devices.AffiliateAsync(new GroupRequest { DeviceId = "listener", GroupId = "B" }, s.Headers);
        using var b = await s.DeviceAsync("b", "B");

        await ConsoleDevices.SpeakAsync(s, b, 2);

        var frame = await listener.WaitForAsync(e => e.Media?.Packet.SenderMcpttId == b.McpttId, "b's frame");
        Assert.That(frame.Media.AudioMuted, Is.False);
    }

    /// <summary>A console on groups A and B with A selected, and one crew terminal on each group.</summary>
    internal static async Task<(DeviceProbe Console, DeviceProbe A, DeviceProbe B)> MonitoringAsync(Scenario s)
    {
        await s.GroupAsync("A");
        await s.GroupAsync("B");
        var console = await ConsoleDevices.ConsoleAsync(s, "console", Agency.Mps, "A", "B");
        await s.Devices.SelectGroupAsync(new GroupRequest { DeviceId = "console", GroupId = "A" }, s.Headers);
        var a = await s.DeviceAsync("a", "A");
        var b = await s.DeviceAsync("b", "B");
        return (console, a, b);
    }
}
