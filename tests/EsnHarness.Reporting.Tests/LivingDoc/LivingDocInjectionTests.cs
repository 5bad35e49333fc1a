using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

public class LivingDocInjectionTests : LivingDocPageFixture
{
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteHostilePage() => _page = WritePage(InjectionCorpus.Run(), "hostile");

    private async Task<PageProbe> OpenEverythingAsync(string hash = "")
    {
        var probe = await Browser.OpenAsync(_page, hash);
        var closed = probe.Page.Locator("details:not([open]) > summary");
        var bound = await closed.CountAsync() * 2;
        for (var i = 0; i < bound && await closed.CountAsync() > 0; i++)
        {
            // Bounded: if injected markup swallowed the click, the details stays closed and the test fails below.
            await closed.Nth(i % Math.Max(1, await closed.CountAsync())).ClickAsync(new() { Timeout = 5_000 });
        }
        return probe;
    }

    /// <summary>A scenario's body is built by the toggle event after it opens: wait until every one is there before reading it.</summary>
    private static async Task ExpectEveryScenarioOpenAndBuiltAsync(IPage page)
    {
        await PageExpect.CountAsync(page.Locator("details.scenario[open]"), InjectionCorpus.Payloads.Length);
        await PageExpect.CountAsync(page.Locator("details.scenario[open][data-built='true'] > .details-body"), InjectionCorpus.Payloads.Length);
    }

    [Test]
    public async Task HostileText_EverywhereOpened_RunsNothingAndRequestsNothing()
    {
        var probe = await OpenEverythingAsync();
        var page = probe.Page;

        await ExpectEveryScenarioOpenAndBuiltAsync(page);
        Assert.That(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), Is.True, "a payload ran");
        Assert.That(await page.EvaluateAsync<int>("() => document.scripts.length"), Is.EqualTo(2));
        Assert.That(await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + '@' + a.name))"),
            Is.Empty, "event-handler attributes in the DOM");
        // Only the skip link may be a link.
        await PageExpect.CountAsync(page.Locator("iframe, object, embed, a[href]"), 1);
        Assert.That(await page.EvaluateAsync<string[]>("() => [...document.images].map(i => i.getAttribute('src')).filter(s => !s.startsWith('data:image/png;base64,'))"),
            Is.Empty);
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task HostileText_IsShownLiterally()
    {
        var probe = await OpenEverythingAsync();
        var page = probe.Page;
        await ExpectEveryScenarioOpenAndBuiltAsync(page);

        var names = await page.Locator("details.scenario .name").AllInnerTextsAsync();
        Assert.That(names, Does.Contain(InjectionCorpus.Payloads[0]).And.Contain(InjectionCorpus.Payloads[1]).And.Contain(InjectionCorpus.Payloads[2]));
        await PageExpect.InnerTextEndsWithAsync(page.Locator("h3").First, InjectionCorpus.Payloads[0]);
        var errors = await page.Locator("pre.error").AllTextContentsAsync();
        Assert.That(errors, Does.Contain(InjectionCorpus.Payloads[6]));
        Assert.That(await page.Locator("figure.attachment pre").AllTextContentsAsync(), Does.Contain("javascript:window.__pwned=11"));
        Assert.That(await page.Locator("table.evidence caption").AllTextContentsAsync(), Does.Contain(InjectionCorpus.Payloads[4]));
        await PageExpect.CountAsync(page.Locator("img[src^='data:image/png;base64,']"), InjectionCorpus.Payloads.Length);
    }

    [Test]
    public async Task HostileText_InTheFilterAndUrl_RunsNothing()
    {
        var hash = "#q=" + Uri.EscapeDataString(InjectionCorpus.Payloads[2]) + "&tags=" + Uri.EscapeDataString("@x\"><img/src=x/onerror=window.__pwned=8>");
        var probe = await Browser.OpenAsync(_page, hash);

        await probe.Page.FillAsync("#f-tags", "<img src=x onerror=window.__pwned=12> and (");
        await probe.Page.PressAsync("#f-tags", "Enter");

        await PageExpect.InnerTextContainsAsync(probe.Page.Locator("#f-tags-error"), "<img src=x onerror=window.__pwned=12>");
        Assert.That(await probe.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), Is.True);
        probe.AssertNothingEscaped();
    }
}
