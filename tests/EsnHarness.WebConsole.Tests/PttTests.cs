using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>The dispatcher's PTT by mouse, keyboard only, touch and the F8 shortcut: the floor answer is shown, and the crews on
/// the group hear the dispatcher take the floor and let it go.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PttTests
{
    private const string Group = "MPS-LX-OPS1";

    [Test]
    public async Task Ptt_MouseHeld_GrantedShownAndCrewSeesDispatcherTalkUntilReleased()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var crew = await s.TerminalAsync("pc-patel", "PC Patel", Group);

        await s.Driver.PressPttAsync(Group);

        await s.Driver.ExpectFloorStateAsync(Group, "granted");
        await s.Driver.ExpectTalkerAsync(Group, "You are talking");
        var taken = await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "the dispatcher taking the floor");
        await crew.WaitForAsync(e => e.Media is not null, "the dispatcher's talk burst");
        await s.Driver.ReleasePttAsync();
        await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Idle }, "the floor idle after the release");
        await s.Driver.ExpectFloorStateAsync(Group, "idle");

        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }

    [Test]
    public async Task Ptt_KeyboardOnlyTabThenSpaceHeld_GrantedAndReleasedOnKeyUp()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var crew = await s.TerminalAsync("pc-patel", "PC Patel", Group);
        var button = s.Driver.Find("pttButton", group: Group);

        var tabs = await TabToAsync(s.Page, button);
        await s.Page.Keyboard.DownAsync("Space");

        await s.Driver.ExpectFloorStateAsync(Group, "granted");
        var taken = await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "the dispatcher taking the floor");
        await s.Page.Keyboard.UpAsync("Space");
        await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Idle }, "the floor idle after Space is let go");

        Assert.Multiple(() =>
        {
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
            Assert.That(tabs, Is.LessThan(12), "the first PTT button is early in the tab order");
        });
    }

    [Test]
    public async Task Ptt_TouchTap_FloorTakenThenReleased()
    {
        await using var s = await ConsoleScenario.StartAsync(hasTouch: true);
        var crew = await s.TerminalAsync("pc-patel", "PC Patel", Group);

        await s.Driver.Find("pttButton", group: Group).TapAsync();

        var taken = await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "the dispatcher taking the floor on a tap");
        await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Idle }, "the floor idle when the finger lifts");
        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }

    [Test]
    public async Task Ptt_F8HeldAnywhere_TalksOnTheGroupSelectedForF8()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var fire = await s.TerminalAsync("ff-okoye", "FF Okoye", "LFB-FLON-OPS01");
        await s.Page.GetByRole(AriaRole.Radio, new() { Name = "Select for F8 (LFB-FLON-OPS01)" }).CheckAsync();
        await s.Page.GetByRole(AriaRole.Heading, new() { Name = "Monitored groups" }).ClickAsync();

        await s.Page.Keyboard.DownAsync("F8");

        await s.Driver.ExpectFloorStateAsync("LFB-FLON-OPS01", "granted");
        var taken = await fire.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "the dispatcher taking the floor on F8");
        await s.Page.Keyboard.UpAsync("F8");
        await fire.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Idle }, "the floor idle when F8 is let go");
        Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(ConsoleScenario.DispatcherId));
    }

    [Test]
    public async Task Ptt_WhileACrewMemberTalks_QueuedShownOnTheTile()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var crew = await s.TerminalAsync("pc-patel", "PC Patel", Group);
        await s.Devices.PressPttAsync(new EsnHarness.Contracts.Device.V1.PttRequest { DeviceId = crew.DeviceId }, s.Headers);
        await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the crew granted");

        await s.Driver.PressPttAsync(Group);

        await s.Driver.ExpectFloorStateAsync(Group, "queued");
        await s.Driver.ReleasePttAsync();
    }

    /// <summary>Presses Tab until the button has focus; returns how many presses it took.</summary>
    private static async Task<int> TabToAsync(IPage page, ILocator button)
    {
        for (var presses = 1; presses <= 40; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await button.EvaluateAsync<bool>("b => b === document.activeElement"))
            {
                return presses;
            }
        }

        throw new AssertionException("the PTT button was not reached with Tab within 40 presses");
    }
}
