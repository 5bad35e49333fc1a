using System.Security.Cryptography;
using EsnHarness.Steps.WebConsoles;
using EsnHarness.Targets;
using EsnHarness.WebConsole.Driver;

namespace EsnHarness.Hosting.Internal;

/// <summary>
/// What a run needs to drive web consoles: the console map, the login password and one headless Chromium for the run (each
/// scenario opens its own browser context in it). Problems come back as one-line <see cref="ProfileException"/> lines.
/// </summary>
internal sealed class WebConsoleRun(ResolvedWebConsole console, ConsoleMap map, ConsoleBrowser browser, string password, IWebConsoleSeats? seats) : IAsyncDisposable
{
    private readonly List<WebConsoleRoute> _routes = [];

    /// <summary>The reference console's own map, shipped beside the harness.</summary>
    public static string ReferenceMapPath => Path.Combine(AppContext.BaseDirectory, "console-map.json");

    public static async Task<WebConsoleRun> StartAsync(ResolvedProfile profile, ResolvedWebConsole console, Func<IWebConsoleSeats> embedded)
    {
        var where = $"profile '{profile.Name}': controlRoom web console";
        ConsoleMap map;
        try
        {
            map = ConsoleMapLoader.Load(console.MapPath ?? ReferenceMapPath);
        }
        catch (ConsoleMapException e)
        {
            throw new ProfileException([$"{where}: {e.Message}"]);
        }

        var password = console.Embedded ? RandomPassword() : Environment.GetEnvironmentVariable(map.Login.PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            throw new ProfileException([$"{where}: environment variable {map.Login.PasswordVariable} (login.passwordVariable of {map.Source}) is not set: it holds the console's login password"]);
        }

        try
        {
            var browser = await ConsoleBrowser.LaunchAsync(ConsoleBrowser.FindChromium(Environment.GetEnvironmentVariable("ESN_CHROMIUM")));
            return new WebConsoleRun(console, map, browser, password, console.Embedded ? embedded() : null);
        }
        catch (ConsoleBrowserException e)
        {
            throw new ProfileException([$"{where}: {e.Message}"]);
        }
    }

    /// <summary>The route the steps take, with the run's screenshot policy.</summary>
    public WebConsoleRoute Route(ScreenshotPolicy screenshots)
    {
        var route = new WebConsoleRoute(console.Address, map, browser, seats, password) { Screenshots = screenshots };
        lock (_routes)
        {
            _routes.Add(route);
        }

        return route;
    }

    /// <summary>Closes the consoles and pages the routes kept between scenarios, then the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var route in _routes)
            {
                await route.DisposeAsync();
            }
        }
        finally
        {
            await browser.DisposeAsync();
        }
    }

    private static string RandomPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
}
