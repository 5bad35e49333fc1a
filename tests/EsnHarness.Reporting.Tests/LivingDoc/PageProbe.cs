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

    public Task<string> HashAsync() => Page.EvaluateAsync<string>("() => location.hash");

    public void AssertNothingEscaped()
    {
        Assert.That(OutboundRequests, Is.Empty, "the page made requests");
        Assert.That(Dialogs, Is.Empty, "the page opened dialogs");
        Assert.That(Errors, Is.Empty, "the page logged errors");
    }
}
