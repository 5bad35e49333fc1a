using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>Remotely initiated ambient listening (TS 23.379 §10.14) from the console, worked with the keyboard: the terminal answers
/// by itself and shows nothing, the console hears it, and PTT in the listening call is denied (receive only).</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class AmbientListeningTests
{
    [Test]
    public async Task Listen_StartedWithTheKeyboard_TerminalAnswersSilentlyAndTheConsoleHearsIt()
    {
        await using var s = await ConsoleScenario.StartAsync();
        await s.AllowAmbientListeningAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");

        await s.Driver.Find("listenUser").FocusAsync();
        await s.Page.Keyboard.TypeAsync(patel.McpttId);
        await s.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(s.Driver.Find("listeningCall", user: "PC Patel")).ToBeVisibleAsync();
        var notice = await patel.WaitForAsync(e => e.AmbientListening is { Started: true }, "the listening call taken by itself");
        await s.Driver.ExpectHearsAsync([], "PC Patel");
        Assert.That(notice.AmbientListening.ListenerMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
        Assert.That(patel.PassedOver.Where(e => e.Call?.Call?.CallId == notice.AmbientListening.CallId), Is.Empty, "the listened-to terminal shows no call");
    }

    [Test]
    public async Task ListeningCall_PttHeldWithSpace_ConsoleShowsTheFloorDeniedReceiveOnly()
    {
        await using var s = await ConsoleScenario.StartAsync();
        await s.AllowAmbientListeningAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Driver.Calls.ListenAsync("PC Patel", patel.McpttId);

        await s.Driver.Find("callPttButton", user: "PC Patel").FocusAsync();
        await s.Page.Keyboard.DownAsync("Space");

        await s.Driver.Calls.ExpectCallFloorStateAsync("PC Patel", "denied (receive only)");
        await s.Page.Keyboard.UpAsync("Space");
        await Assertions.Expect(s.Driver.Find("callPttButton", user: "PC Patel")).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Test]
    public async Task Listen_DispatcherNotAuthorised_ConsoleSaysRefusedAndShowsNoListening()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");

        await s.Driver.Find("listenUser").FillAsync(patel.McpttId);
        await s.Driver.Find("listenButton").ClickAsync();

        await Assertions.Expect(s.Page.GetByRole(AriaRole.Contentinfo)).ToContainTextAsync("Refused:");
        Assert.That(await s.Driver.Find("listeningCall", user: "PC Patel").CountAsync(), Is.Zero);
    }
}
