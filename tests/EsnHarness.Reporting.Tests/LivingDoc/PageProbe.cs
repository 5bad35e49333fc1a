using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>An opened living doc page and everything it tried to do that it must not.</summary>
public sealed class PageProbe(IPage page, string url)
{
    public IPage Page { get; } = page;
    public string Url { get; } = url;
    public List<string> OutboundRequests { get; } = [];
    public List<string> Dialogs { get; } = [];
    public List<string> Errors { get; } = [];

    public ILocator Scenarios => Page.Locator("#results details.scenario");

    public ILocator Names => Page.Locator("#results details.scenario .name");

    /// <summary>The live "Showing ... scenarios" line.</summary>
    public ILocator Count => Page.Locator("#count");

    /// <summary>Clicks "Show more" until the whole filtered list is in the DOM.</summary>
    public async Task ShowAllAsync()
    {
        // The page also loads more by itself when the button scrolls into view, so the button may vanish
        // between a check and a real click; a dispatched click does not wait for it to stay visible.
        var more = Page.Locator("#more");
        for (var guard = 0; guard < 1000 && await more.IsVisibleAsync(); guard++)
        {
            await more.DispatchEventAsync("click");
        }
    }

    public Task<string> HashAsync() => Page.EvaluateAsync<string>("() => location.hash");

    public void AssertNothingEscaped()
    {
        Assert.That(OutboundRequests, Is.Empty, "the page made requests");
        Assert.That(Dialogs, Is.Empty, "the page opened dialogs");
        Assert.That(Errors, Is.Empty, "the page logged errors");
    }
}
