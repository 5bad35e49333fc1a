using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>One headless system Chromium for a fixture; every page it opens is watched for requests, dialogs and errors.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<BrowserSession> StartAsync()
    {
        var chromium = ChromiumLocator.Find();
        if (chromium is null)
        {
            Assert.Ignore("No Chromium found: set ESN_CHROMIUM or install Debian's chromium (apt-get install chromium).");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumLocator.Arguments,
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>Opens the page and waits for <paramref name="readySelector"/>; <paramref name="initScript"/> runs before the page's own.</summary>
    public async Task<PageProbe> OpenAsync(string htmlPath, string hash = "", string readySelector = "html[data-ready='true']", string? initScript = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var url = new Uri(htmlPath).AbsoluteUri + hash;
        var probe = new PageProbe(page, url);
        await context.RouteAsync("**/*", async route =>
        {
            var requested = route.Request.Url;
            if (requested.StartsWith("file:", StringComparison.Ordinal) && requested.Split('#')[0] == url.Split('#')[0])
            {
                await route.ContinueAsync();
                return;
            }
            probe.OutboundRequests.Add(requested);
            await route.AbortAsync();
        });
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("data:", StringComparison.Ordinal) && request.Url.Split('#')[0] != url.Split('#')[0]
                && !probe.OutboundRequests.Contains(request.Url))
            {
                probe.OutboundRequests.Add(request.Url);
            }
        };
        page.Dialog += (_, dialog) =>
        {
            probe.Dialogs.Add($"{dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                probe.Errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => probe.Errors.Add(error);
        if (initScript is not null)
        {
            await page.AddInitScriptAsync(initScript);
        }
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync(readySelector, new PageWaitForSelectorOptions { Timeout = 30_000 });
        return probe;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
