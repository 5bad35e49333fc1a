using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Who is talking, as the dispatcher sees it on the group's tile.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ConsoleTalkerTests
{
    [Test]
    public async Task Talker_TerminalTakesTheFloor_TileShowsNameAliasAndAgencyThenIdleAgain()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1", Agency.Mps, alias: "MPS-LX-PC12");

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        await patel.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the floor granted");

        await s.Driver.ExpectTalkerAsync("MPS-LX-OPS1", "PC Patel");
        var shown = await s.Driver.TalkerAsync("MPS-LX-OPS1");
        var other = await s.Driver.TalkerAsync("LFB-FLON-OPS01");
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-talker.png"));
        await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = patel.DeviceId, CallId = ptt.CallId }, s.Headers);
        await s.Driver.ExpectTalkerAsync("MPS-LX-OPS1", "Idle");

        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("MPS-LX-PC12"), "the functional alias");
            Assert.That(shown, Does.Contain("MPS"), "the agency");
            Assert.That(other, Is.EqualTo("Idle"), "the other group's tile is not touched");
        });
    }
}
