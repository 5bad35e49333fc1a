using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// A headless system Chromium for driving consoles (Playwright's own browser download is not used): the executable named by
/// <c>ESN_CHROMIUM</c>, else Debian's headless shell <c>/usr/bin/chromium-headless-shell</c> when it is installed, else Debian's
/// <c>/usr/bin/chromium</c> or another usual path, launched with <c>--no-sandbox --disable-gpu --disable-background-networking</c>.
/// </summary>
/// <remarks>The headless shell (Debian's package <c>chromium-headless-shell</c>, the same Blink as the browser, and what Playwright
/// itself uses for headless runs) is preferred because the full browser in headless mode costs more CPU for the same pages: on the
/// control-room folder through the web console it took a quarter less CPU (renderers 25 to 18 CPU-s, the browser process 8 to 3,
/// docs/web-console.md, Speed).</remarks>
public sealed class ConsoleBrowser : IAsyncDisposable
{
    /// <summary>Where Chromium is looked for when <c>ESN_CHROMIUM</c> is not set.</summary>
    public static IReadOnlyList<string> UsualPaths { get; } =
        ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

    /// <summary>The command-line switches Chromium is started with.</summary>
    public static IReadOnlyList<string> Arguments { get; } = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    private readonly IPlaywright _playwright;

    private ConsoleBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The Chromium to use: <paramref name="esnChromium"/> (the value of <c>ESN_CHROMIUM</c>) if set, else the first usual path that exists.</summary>
    /// <exception cref="ConsoleBrowserException">ESN_CHROMIUM names a missing file, or no Chromium is installed.</exception>
    public static string FindChromium(string? esnChromium)
    {
        if (!string.IsNullOrWhiteSpace(esnChromium))
        {
            return File.Exists(esnChromium) ? esnChromium : throw new ConsoleBrowserException($"ESN_CHROMIUM names '{esnChromium}', which does not exist");
        }

        return UsualPaths.FirstOrDefault(File.Exists)
            ?? throw new ConsoleBrowserException($"no Chromium found at {string.Join(", ", UsualPaths)}: install Debian's chromium-headless-shell or chromium (apt-get install chromium-headless-shell) or set ESN_CHROMIUM");
    }

    /// <summary>Launches the Chromium at <paramref name="executablePath"/> headless.</summary>
    public static async Task<ConsoleBrowser> LaunchAsync(string executablePath)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executablePath, Headless = true, Args = Arguments });
            return new ConsoleBrowser(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new ConsoleBrowserException($"cannot start Chromium at '{executablePath}': {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>A new page in a context of its own: a 1280x800 window, touch input when <paramref name="hasTouch"/>.</summary>
    public async Task<IPage> NewPageAsync(bool hasTouch = false, TimeSpan? timeout = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            HasTouch = hasTouch,
        });
        context.SetDefaultTimeout((float)(timeout ?? TimeSpan.FromSeconds(10)).TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>Closes the browser.</summary>
    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
