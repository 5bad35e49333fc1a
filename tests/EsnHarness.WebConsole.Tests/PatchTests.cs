using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Patching two groups from the console: both tiles are marked, and a talk burst on one is heard on the other.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PatchTests
{
    [Test]
    public async Task Patch_TwoGroups_BothMarkedAndACrewOnOneIsHeardOnTheOther()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        var okoye = await s.TerminalAsync("ff-okoye", "FF Okoye", "LFB-FLON-OPS01", Agency.Lfb);

        await s.Driver.PatchAsync("MPS-LX-OPS1", "LFB-FLON-OPS01");

        await s.Driver.ExpectPatchedAsync("MPS-LX-OPS1");
        await s.Driver.ExpectPatchedAsync("LFB-FLON-OPS01");
        var patches = await s.Mcx.ListPatchesAsync(new ListPatchesRequest(), s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        var heard = await okoye.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "the police talker, on the fire group");
        await s.Driver.ExpectTalkerAsync("LFB-FLON-OPS01", "PC Patel");
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-patch.png"));
        Assert.Multiple(() =>
        {
            Assert.That(patches.Patches.Single().GroupIds, Is.EqualTo(new[] { "MPS-LX-OPS1", "LFB-FLON-OPS01" }));
            Assert.That(patches.Patches.Single().CreatedBy, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(heard.Floor.TalkerMcpttId, Is.EqualTo(patel.McpttId));
        });
    }
}
