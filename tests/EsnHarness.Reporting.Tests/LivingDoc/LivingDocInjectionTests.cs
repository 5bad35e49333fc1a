namespace EsnHarness.Reporting.Tests.LivingDoc;

public class LivingDocInjectionTests : LivingDocPageFixture
{
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteHostilePage() => _page = WritePage(InjectionCorpus.Run(), "hostile");

    private async Task<PageProbe> OpenEverythingAsync(string hash = "")
    {
        var probe = await Browser.OpenAsync(_page, hash);
        await probe.ShowAllAsync();
        var closed = probe.Page.Locator("details:not([open]) > summary");
        var bound = await closed.CountAsync() * 2;
        for (var i = 0; i < bound && await closed.CountAsync() > 0; i++)
        {
            // Bounded: if injected markup swallowed the click, the details stays closed and the test fails below.
            await closed.Nth(i % Math.Max(1, await closed.CountAsync())).ClickAsync(new() { Timeout = 5_000 });
        }
        return probe;
    }

    [Test]
    public async Task HostileText_EverywhereOpened_RunsNothingAndRequestsNothing()
    {
        var probe = await OpenEverythingAsync();
        var page = probe.Page;

        Assert.That(await page.Locator("details.scenario[open]").CountAsync(), Is.EqualTo(InjectionCorpus.Payloads.Length));
        Assert.That(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), Is.True, "a payload ran");
        Assert.That(await page.EvaluateAsync<int>("() => document.scripts.length"), Is.EqualTo(2));
        Assert.That(await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + '@' + a.name))"),
            Is.Empty, "event-handler attributes in the DOM");
        Assert.That(await page.Locator("iframe, object, embed, a[href]").CountAsync(), Is.EqualTo(1), "only the skip link may be a link");
        Assert.That(await page.EvaluateAsync<string[]>("() => [...document.images].map(i => i.getAttribute('src')).filter(s => !s.startsWith('data:image/png;base64,'))"),
            Is.Empty);
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task HostileText_IsShownLiterally()
    {
        var probe = await OpenEverythingAsync();
        var page = probe.Page;

        var names = await page.Locator("details.scenario .name").AllInnerTextsAsync();
        Assert.That(names, Does.Contain(InjectionCorpus.Payloads[0]).And.Contain(InjectionCorpus.Payloads[1]).And.Contain(InjectionCorpus.Payloads[2]));
        Assert.That(await page.Locator("h3").First.InnerTextAsync(), Does.EndWith(InjectionCorpus.Payloads[0]));
        var errors = await page.Locator("pre.error").AllTextContentsAsync();
        Assert.That(errors, Does.Contain(InjectionCorpus.Payloads[6]));
        Assert.That(await page.Locator("figure.attachment pre").AllTextContentsAsync(), Does.Contain("javascript:window.__pwned=11"));
        Assert.That(await page.Locator("table.evidence caption").AllTextContentsAsync(), Does.Contain(InjectionCorpus.Payloads[4]));
        Assert.That(await page.Locator("img[src^='data:image/png;base64,']").CountAsync(), Is.EqualTo(InjectionCorpus.Payloads.Length));
    }

    [Test]
    public async Task HostileText_InTheFilterAndUrl_RunsNothing()
    {
        var hash = "#q=" + Uri.EscapeDataString(InjectionCorpus.Payloads[2]) + "&tags=" + Uri.EscapeDataString("@x\"><img/src=x/onerror=window.__pwned=8>");
        var probe = await Browser.OpenAsync(_page, hash);

        await probe.Page.FillAsync("#f-tags", "<img src=x onerror=window.__pwned=12> and (");
        await probe.Page.PressAsync("#f-tags", "Enter");

        Assert.That(await probe.Page.InnerTextAsync("#f-tags-error"), Does.Contain("<img src=x onerror=window.__pwned=12>"));
        Assert.That(await probe.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), Is.True);
        probe.AssertNothingEscaped();
    }
}
