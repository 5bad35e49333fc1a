using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// A page kept open from one dispatcher position to the next on the reference console, which says on its root element which
/// position it shows (<c>data-seat</c>: the position's MCPTT ID, or <c>vacant</c> once the position ended and the screen was
/// cleared). No new document: the page, its renderer and its login stay.
/// </summary>
public sealed class ConsoleSeat
{
    private const string SeatScript = """
        a => new Promise((resolve, reject) => {
          const root = document.documentElement;
          if (root.dataset.seat === a.seat) return resolve(true);
          const observer = new MutationObserver(() => {
            if (root.dataset.seat !== a.seat) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve(true);
          });
          observer.observe(root, { attributes: true, attributeFilter: ['data-seat'] });
          const timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the console shows position "${root.dataset.seat ?? '(none)'}", not "${a.seat}", after ${a.ms} ms`));
          }, a.ms);
        })
        """;

    private readonly ConsoleDriver _driver;

    internal ConsoleSeat(ConsoleDriver driver) => _driver = driver;

    /// <summary>Waits until the reference console shows it is vacant: the position ended and the screen cleared of everything it showed.</summary>
    /// <exception cref="PlaywrightException">The screen did not clear within the timeout (the message says what it shows).</exception>
    public Task AwaitVacantAsync() => AwaitSeatAsync("vacant");

    /// <summary>
    /// Waits until the reference console's page, kept open while the console was re-seated, shows the position
    /// <paramref name="mcpttId"/> (its first state drawn on a cleared screen) and is logged in.
    /// </summary>
    /// <exception cref="PlaywrightException">The page shows another position, or none, within the timeout.</exception>
    public async Task AwaitSeatedAsync(string mcpttId)
    {
        await AwaitSeatAsync(mcpttId);
        await Assertions.Expect(_driver.Map.Login.LoggedIn.On(_driver.Page, ConsoleDriver.NoValues))
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });
    }

    private Task AwaitSeatAsync(string seat) => _driver.Page.EvaluateAsync(SeatScript, new { seat, ms = (int)_driver.TimeoutMs });
}
