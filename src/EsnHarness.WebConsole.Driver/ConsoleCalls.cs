using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Private calls on a console's screen: calling a user, answering, declining and ending, and ambient listening to a terminal
/// with talking in such a call (<c>callAutomatic</c> and the listening entries are optional map entries, <see cref="ConsoleMap.Has"/>).</summary>
public sealed class ConsoleCalls
{
    private readonly ConsoleDriver _driver;

    internal ConsoleCalls(ConsoleDriver driver) => _driver = driver;

    /// <summary>Starts a private call to the user.</summary>
    public Task CallAsync(string user) => CallAsync(user, automatic: false);

    /// <summary>Answers the ringing private call from the user.</summary>
    public Task AnswerCallAsync(string user) => _driver.Find("answerButton", user: user).ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Declines the ringing private call from the user.</summary>
    public Task DeclineCallAsync(string user) => _driver.Find("declineButton", user: user).ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Ends the private call with the user.</summary>
    public Task EndCallAsync(string user) => _driver.Find("endCallButton", user: user).ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Starts a private call to the user, with automatic commencement when <paramref name="automatic"/> (the map's
    /// <c>callAutomatic</c> option ticked; unticked otherwise, when the map has it).</summary>
    public async Task CallAsync(string user, bool automatic)
    {
        await _driver.ChooseAsync(_driver.Find("callTarget"), user);
        await _driver.SetOptionAsync("callAutomatic", automatic);
        await _driver.Find("callButton").ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
    }

    /// <summary>Starts listening to the user's terminal, naming them as <paramref name="typed"/> (their display name or MCPTT ID), and
    /// waits until the console shows it listens to <paramref name="user"/> (the map's <c>listeningCall</c>).</summary>
    public async Task ListenAsync(string user, string? typed = null)
    {
        await _driver.ChooseAsync(_driver.Find("listenUser"), typed ?? user);
        await _driver.Find("listenButton").ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        await Assertions.Expect(_driver.Find("listeningCall", user: user)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });
    }

    /// <summary>Presses and holds PTT in the connected call with the user (released by <see cref="ConsoleDriver.ReleasePttAsync"/>), and waits until
    /// the call's floor indication shows the MCX's answer (granted, queued, denied or revoked).</summary>
    public async Task PressCallPttAndAwaitAnswerAsync(string user)
    {
        await _driver.Find("callPttButton", user: user).HoverAsync(new LocatorHoverOptions { Timeout = _driver.TimeoutMs });
        await _driver.Page.Mouse.DownAsync();
        await _driver.WaitForTextAsync(_driver.Find("callFloorState", user: user), ConsoleDriver.FloorAnswered);
    }

    /// <summary>Waits until the floor indication of the call with the user contains <paramref name="text"/> (case ignored).</summary>
    public Task ExpectCallFloorStateAsync(string user, string text) => _driver.WaitForTextAsync(_driver.Find("callFloorState", user: user), ConsoleDriver.Containing(text, ignoreCase: true));
}
