using EsnHarness.Reporting.Tests.TestData;
using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// A long run's list: the first rows are there when the page is ready, the rest follow in slices without
/// scrolling, a filter chosen meanwhile is not undone by the slices of the list it replaced, and rows far
/// off screen (whose groups the browser has not laid out yet) are still found by the browser's find.
/// </summary>
public class LivingDocLongListTests : LivingDocPageFixture
{
    private const int Features = 12;
    private const int PerFeature = 30;

    /// <summary>Chooses "Failed" in the status filter the moment the page is ready, before any later slice of rows.</summary>
    private const string FilterAtReady = """
        new MutationObserver((changes, observer) => {
          if (!document.documentElement || document.documentElement.getAttribute('data-ready') !== 'true') { return; }
          observer.disconnect();
          const status = document.getElementById('f-status');
          status.value = 'failed';
          status.dispatchEvent(new Event('change'));
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
        """;

    [Test]
    public async Task LongRun_FilterChosenWhileRowsAreStillComing_ListsOnlyItsMatches()
    {
        var probe = await Browser.OpenAsync(WritePage(LongRun(), "long-filter"), initScript: FilterAtReady);

        await PageExpect.AttributeAsync(probe.Page.Locator("html"), "data-complete", "true");
        await PageExpect.CountAsync(probe.Scenarios, Features);
        Assert.That(await probe.Names.AllTextContentsAsync(), Is.EqualTo(Enumerable.Range(0, Features).Select(f => $"Message {f * PerFeature + 7:D3} of area {f}")));
        await PageExpect.InnerTextAsync(probe.Count, $"Showing {Features} of {Features * PerFeature} scenarios: {Features} failed");
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task LongRun_RowFarOffScreen_IsInThePageAndFoundByTheBrowsersFind()
    {
        var probe = await Browser.OpenAsync(WritePage(LongRun(), "long-find"));

        await PageExpect.AttributeAsync(probe.Page.Locator("html"), "data-complete", "true");
        await PageExpect.CountAsync(probe.Scenarios, Features * PerFeature);
        var last = $"Message {Features * PerFeature - 1:D3} of area {Features - 1}";
        Assert.That(await probe.Page.EvaluateAsync<bool>("name => window.find(name)", last), Is.True, "window.find (as Ctrl+F) reaches the last row");
        await PageExpect.InnerTextAsync(probe.Page.Locator($"details.scenario[data-req='REQ-LDN-DATA-{Features * PerFeature - 1:D3}'] .name"), last);
        await Assertions.Expect(probe.Page.Locator($"details.scenario[data-req='REQ-LDN-DATA-{Features * PerFeature - 1:D3}']")).ToBeInViewportAsync(new() { Timeout = PageExpect.Deadline });
        probe.AssertNothingEscaped();
    }

    /// <summary>360 scenarios over 12 features; the eighth of each feature fails.</summary>
    private static RunBuilder LongRun()
    {
        var run = new RunBuilder();
        for (var f = 0; f < Features; f++)
        {
            var feature = run.Feature($"features/data/area-{f:D2}.feature", $"Status messages, area {f}");
            for (var i = 0; i < PerFeature; i++)
            {
                var n = f * PerFeature + i;
                feature.Scenario($"Message {n:D3} of area {f}", $"@REQ-LDN-DATA-{n:D3}", "@LFB", "@must")
                    .Given($"status {n} is sent", i == 7 ? ScenarioStatus.Failed : ScenarioStatus.Passed, i == 7 ? "no delivery report" : null);
            }
        }
        return run;
    }
}
