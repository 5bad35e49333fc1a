using System.Globalization;
using EsnHarness.Reporting.Tests.TestData;
using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

public class LivingDocContentTests : LivingDocPageFixture
{
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteCatalogue() => _page = WritePage(SampleRuns.Catalogue(), "catalogue");

    [Test]
    public async Task ReadinessMatrix_Cells_MatchTheMustRequirementsOfTheRun()
    {
        var probe = await Browser.OpenAsync(_page);

        var cells = new Dictionary<string, (int, int, int)>();
        foreach (var cell in await probe.Page.Locator("#matrix td").AllAsync())
        {
            var key = await cell.GetAttributeAsync("data-agency") + " " + await cell.GetAttributeAsync("data-cap");
            var shown = (await cell.InnerTextAsync()).Trim();
            cells[key] = shown == "–" ? (0, 0, 0) : Parse(shown);
        }

        Assert.That(cells, Is.EqualTo(new Dictionary<string, (int, int, int)>
        {
            ["MPS voice"] = (1, 1, 1),
            ["MPS emergency"] = (1, 0, 0),
            ["LFB voice"] = (1, 0, 1),
            ["LFB emergency"] = (0, 0, 0),
            ["LAS voice"] = (0, 1, 0),
            ["LAS emergency"] = (1, 1, 0),
        }));
    }

    private static (int, int, int) Parse(string text)
    {
        var parts = text.Split('/').Select(p => int.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
        return (parts[0], parts[1], parts[2]);
    }

    [Test]
    public async Task ReadinessMatrix_CellChosen_ListsThoseMustRequirements()
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.ClickAsync("#matrix td[data-agency='MPS'][data-cap='voice'] button");

        await PageExpect.NamesAsync(probe, ["PTT access time within KPI1", "Mouth-to-ear latency within KPI3", "Late entry within KPI4"]);
        await PageExpect.HashAsync(probe.Page, "#agency=MPS&priority=must&cap=voice");
    }

    [Test]
    public async Task Evidence_OpenedScenario_ShowsTheKpiTableAndChart()
    {
        var probe = await Browser.OpenAsync(_page);
        var scenario = probe.Page.Locator("details.scenario[data-req='REQ-LDN-VOICE-001']");

        await scenario.Locator("summary").ClickAsync();

        await PageExpect.InnerTextStartsWithAsync(scenario.Locator("p.desc"), "KPI1: the MCPTT access time is below 300 ms");
        var table = scenario.Locator("table.evidence");
        await PageExpect.InnerTextAsync(table.Locator("caption"), "KPI1 access time");
        await PageExpect.InnerTextAsync(table.Locator("td[data-field='samples']"), "100");
        await PageExpect.InnerTextAsync(table.Locator("td[data-field='measured-value']"), "67.5 ms");
        await PageExpect.InnerTextAsync(table.Locator("td[data-field='percentile']"), "p95");
        await PageExpect.InnerTextAsync(table.Locator("td[data-field='limit']"), "< 300 ms");
        await PageExpect.InnerTextAsync(table.Locator("td[data-field='verdict']"), "pass");
        var chart = scenario.Locator("svg.chart");
        await PageExpect.AttributeAsync(chart.Locator(".limit-line"), "data-limit", "300");
        await PageExpect.AttributeAsync(chart.Locator(".pct-marker"), "data-value", "67.5");
        await PageExpect.CountAsync(chart.Locator("path.cdf"), 1);
        await PageExpect.SettleAsync(probe.Page, "c => [...c.querySelectorAll('text.label')].some(t => t.textContent === 'KPI1 access time (ms)')", await chart.ElementHandleAsync());
        Assert.That(await chart.Locator("text.label").AllTextContentsAsync(), Does.Contain("KPI1 access time (ms)"));
        await PageExpect.AttributeAsync(chart, "role", "img");
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task Evidence_FailedKpi_ShowsFailVerdictAndTheStepError()
    {
        var probe = await Browser.OpenAsync(_page);
        var scenario = probe.Page.Locator("details.scenario[data-req='REQ-LDN-VOICE-002']");

        await scenario.Locator("summary").ClickAsync();

        await PageExpect.InnerTextAsync(scenario.Locator("td[data-field='verdict']"), "fail");
        await PageExpect.InnerTextAsync(scenario.Locator("td[data-field='measured-value']"), "412 ms");
        await PageExpect.InnerTextAsync(scenario.Locator("pre.error"), "Expected p95 < 300 ms but was 412.0 ms");
        await PageExpect.InnerTextAsync(scenario.Locator("summary .kpi.fail"), "p95 412 ms (limit < 300 ms)");
    }

    [Test]
    public async Task Scenario_Opened_ShowsRequirementFactsStepsAndAttachments()
    {
        var probe = await Browser.OpenAsync(_page);
        var scenario = probe.Page.Locator("details.scenario[data-req='REQ-LDN-EMERG-003']");

        await scenario.Locator("summary").ClickAsync();

        var facts = scenario.Locator("dl.facts");
        await PageExpect.InnerTextContainsAsync(facts, "REQ-LDN-EMERG-003");
        await PageExpect.InnerTextContainsAsync(facts, "MPS, LFB, LAS");
        await PageExpect.InnerTextContainsAsync(facts, "could");
        await PageExpect.InnerTextsAsync(scenario.Locator("li.step .badge"), ["Passed", "Failed", "Skipped"]);
        await PageExpect.InnerTextContainsAsync(scenario.Locator("figure.attachment pre"), "CancelEmergency{group: FLON-OPS01}");
        await PageExpect.InnerTextAsync(scenario.Locator("figure.attachment figcaption"), "exchange.txt · text/plain");
    }

    [Test]
    public async Task RunMetadata_ShowsProfileTargetsAndNoSecrets()
    {
        var probe = await Browser.OpenAsync(_page);

        var run = await probe.Page.InnerTextAsync("#run-facts");
        Assert.That(run, Does.Contain("reference").And.Contain("mcx → http://127.0.0.1:5001/").And.Contain("Shards merged"));
        var html = await probe.Page.ContentAsync();
        Assert.That(html, Does.Not.Contain("hunter2").And.Not.Contain("token=abc").And.Not.Contain("should-not-appear"));
    }

    [Test]
    public async Task Accessibility_LandmarksLabelsAndLiveRegion_ArePresent()
    {
        var probe = await Browser.OpenAsync(_page);
        var page = probe.Page;

        Assert.That(await page.GetByRole(AriaRole.Banner).CountAsync(), Is.EqualTo(1));
        Assert.That(await page.GetByRole(AriaRole.Navigation, new() { Name = "Catalogue" }).CountAsync(), Is.EqualTo(1));
        Assert.That(await page.GetByRole(AriaRole.Main).CountAsync(), Is.EqualTo(1));
        Assert.That(await page.GetByRole(AriaRole.Search, new() { Name = "Filter scenarios" }).CountAsync(), Is.EqualTo(1));
        foreach (var label in new[] { "Text", "Tag expression", "Agency", "Priority", "Status" })
        {
            Assert.That(await page.GetByLabel(label, new() { Exact = true }).CountAsync(), Is.EqualTo(1), label);
        }
        Assert.That(await page.GetAttributeAsync("#count", "aria-live"), Is.EqualTo("polite"));
        Assert.That(await page.GetAttributeAsync("html", "lang"), Is.EqualTo("en-GB"));
    }

    [Test]
    public async Task Keyboard_TabAndEnter_ReachSkipLinkAndOpenAScenario()
    {
        var probe = await Browser.OpenAsync(_page);
        var page = probe.Page;

        await page.Keyboard.PressAsync("Tab");
        await PageExpect.SettleAsync(page, "() => document.activeElement.textContent === 'Skip to results'");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.textContent"), Is.EqualTo("Skip to results"));
        await page.Locator("details.scenario summary").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The page renders a scenario's details on first open: wait for them rather than read at once.
        await PageExpect.AttributeAsync(page.Locator("details.scenario").First, "open", string.Empty);
        await PageExpect.CountAsync(page.Locator("details.scenario").First.Locator("ol.steps li"), 3);
    }

    [Test]
    public async Task LongRun_EveryScenarioIsInThePageAndTheBrowsersFindReachesTheLast()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/data/bulk.feature", "Bulk status messages");
        for (var i = 0; i < 250; i++)
        {
            feature.Scenario($"Status message {i:D3}", $"@REQ-LDN-DATA-{i:D3}", "@LFB", "@must").Given($"status {i} is sent");
        }
        var probe = await Browser.OpenAsync(WritePage(run, "bulk"));

        await PageExpect.CountAsync(probe.Scenarios, 250);
        await PageExpect.InnerTextAsync(probe.Count, "Showing all 250 scenarios: 250 passed");
        Assert.That(await probe.Page.EvaluateAsync<bool>("() => window.find('Status message 249')"), Is.True, "the browser's find (window.find, as Ctrl+F) reaches the last scenario");
        Assert.That(await probe.Page.EvaluateAsync<bool>("() => window.find('REQ-LDN-DATA-201', false, false, true)"), Is.True);
    }

    [Test]
    public async Task CckAttachments_EveryKindOfAttachment_IsShownSafely()
    {
        var html = Files.File("cck-attachments.html");
        new LivingDocWriter().Write(ReportModel.Load([Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", "attachments.ndjson")]), html);
        var probe = await Browser.OpenAsync(html);
        var total = await probe.Scenarios.CountAsync();
        var closed = probe.Page.Locator("details.scenario:not([open]) > summary");
        for (var n = await closed.CountAsync(); n > 0; n--)
        {
            await closed.First.ClickAsync();
        }

        await PageExpect.CountAsync(probe.Page.Locator("details.scenario[open]"), total);
        // Each body is built by the toggle event after opening: wait for all of them before reading what they show.
        await PageExpect.CountAsync(probe.Page.Locator("details.scenario[open][data-built='true'] > .details-body"), total);
        var texts = string.Join("\n", await probe.Page.Locator(".attachment").AllTextContentsAsync());
        Assert.That(texts, Does.Contain("text/x.cucumber.log+plain").And.Contain("application/json"));
        Assert.That(texts, Does.Contain("application/pdf").And.Contain("not embedded"));
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task CatalogueTree_ManyFeatures_CollapsesCapabilitiesAndTogglesWithTheKeyboard()
    {
        var run = new RunBuilder();
        for (var i = 0; i < 36; i++)
        {
            var capability = i % 2 == 0 ? "voice" : "data";
            run.Feature($"features/{capability}/f{i:D2}.feature", $"Feature {i:D2}").Scenario($"Scenario {i:D2}", "@MPS", "@must").Given("it runs");
        }
        var probe = await Browser.OpenAsync(WritePage(run, "many-features"), "#cap=data");
        var voiceToggle = probe.Page.Locator("#tree .tree-row:has(button.cap[data-cap='voice']) .tree-toggle");

        var voiceHidden = await probe.Page.Locator("#tree button.feat[data-feature='features/voice/f00.feature']").IsVisibleAsync();
        var dataShown = await probe.Page.Locator("#tree button.feat[data-feature='features/data/f01.feature']").IsVisibleAsync();
        await voiceToggle.FocusAsync();
        await probe.Page.Keyboard.PressAsync("Enter");

        Assert.That((voiceHidden, dataShown), Is.EqualTo((false, true)));
        await PageExpect.AttributeAsync(voiceToggle, "aria-expanded", "true");
        await PageExpect.VisibleAsync(probe.Page.Locator("#tree button.feat[data-feature='features/voice/f00.feature']"));
        await PageExpect.ScenarioCountAsync(probe, 18);
    }
}
