using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

public class LivingDocFilterTests : LivingDocPageFixture
{
    private RunBuilder _run = null!;
    private string _page = null!;

    [OneTimeSetUp]
    public void WriteCatalogue()
    {
        _run = SampleRuns.Catalogue();
        _page = WritePage(_run, "catalogue");
    }

    private List<string> Expected(Func<ScenarioSpec, bool> predicate) =>
        [.. _run.Features.SelectMany(f => f.Scenarios.Where(s => s.Rule is null).Concat(f.Scenarios.Where(s => s.Rule is not null))).Where(predicate).Select(s => s.Name)];

    [Test]
    public async Task Open_Catalogue_ListsEveryScenarioWithItsStatus()
    {
        var probe = await Browser.OpenAsync(_page);

        await PageExpect.NamesAsync(probe, Expected(_ => true));
        await PageExpect.InnerTextAsync(probe.Count, "Showing all 7 scenarios: 2 passed, 2 failed, 1 pending, 1 undefined, 1 not run");
        await PageExpect.AttributeAsync(probe.Page.Locator("details.scenario[data-req='REQ-LDN-EMERG-002']"), "data-status", "undefined");
        probe.AssertNothingEscaped();
    }

    [TestCase("f-agency", "LAS", "@LAS")]
    [TestCase("f-agency", "MPS", "@MPS")]
    [TestCase("f-priority", "must", "@must")]
    [TestCase("f-priority", "could", "@could")]
    public async Task SelectFilter_Value_NarrowsToTaggedScenarios(string select, string value, string tag)
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.SelectOptionAsync("#" + select, value);

        await PageExpect.NamesAsync(probe, Expected(s => s.Tags.Contains(tag)));
        probe.AssertNothingEscaped();
    }

    [TestCase("failed", ScenarioStatus.Failed)]
    [TestCase("notrun", ScenarioStatus.NotRun)]
    [TestCase("passed", ScenarioStatus.Passed)]
    public async Task StatusFilter_Value_NarrowsToThatStatus(string value, ScenarioStatus status)
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.SelectOptionAsync("#f-status", value);

        await PageExpect.NamesAsync(probe, Expected(s => s.ExpectedStatus == status));
    }

    [Test]
    public async Task TextFilter_WordsFromAStep_FindsTheScenario()
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.FillAsync("#f-q", "flon-ops01");
        await probe.Page.PressAsync("#f-q", "Enter");

        await PageExpect.NamesAsync(probe, ["PTT access time within KPI1"]);
        await PageExpect.InnerTextStartsWithAsync(probe.Count, "Showing 1 of 7 scenarios");
    }

    [TestCase("@must and not (@MPS or @LFB)")]
    [TestCase("@kpi or @could")]
    [TestCase("not @must and not @should")]
    [TestCase("(@LAS and @must) or @REQ-LDN-VOICE-004")]
    public async Task TagExpression_Valid_SelectsWhatTheExpressionSays(string expression)
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.FillAsync("#f-tags", expression);
        await probe.Page.PressAsync("#f-tags", "Enter");

        // An expression may select the same rows as no filter: wait until the page has applied it (it writes it to the URL last).
        await PageExpect.SettleAsync(probe.Page, "e => new URLSearchParams(location.hash.slice(1)).get('tags') === e", expression);
        Assert.That(await probe.Page.EvaluateAsync<string?>("() => new URLSearchParams(location.hash.slice(1)).get('tags')"), Is.EqualTo(expression));
        await PageExpect.NamesAsync(probe, Expected(s => TagExpressionOracle.Evaluate(expression, s.Tags.Concat(FeatureTags(s)))));
        await PageExpect.NoAttributeAsync(probe.Page.Locator("#f-tags"), "aria-invalid");
    }

    private IEnumerable<string> FeatureTags(ScenarioSpec s) => _run.Features.Single(f => f.Scenarios.Contains(s)).Tags;

    [Test]
    public async Task TagExpression_Invalid_SaysWhyAndDoesNotFilter()
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.FillAsync("#f-tags", "@must and (");
        await probe.Page.PressAsync("#f-tags", "Enter");

        await PageExpect.AttributeAsync(probe.Page.Locator("#f-tags"), "aria-invalid", "true");
        await PageExpect.InnerTextAsync(probe.Page.Locator("#f-tags-error"), "Tag expression \"@must and (\" could not be parsed because of syntax error: Expected operand.");
        await PageExpect.ScenarioCountAsync(probe, 7);
    }

    [Test]
    public async Task CatalogueTree_Capability_ShowsOnlyItsFeatures()
    {
        var probe = await Browser.OpenAsync(_page);

        await probe.Page.ClickAsync("#tree button.cap[data-cap='emergency']");

        await PageExpect.NamesAsync(probe, Expected(s => s.Tags.Any(t => t.StartsWith("@REQ-LDN-EMERG", StringComparison.Ordinal))));
        await PageExpect.HashAsync(probe.Page, "#cap=emergency");
        await PageExpect.AttributeAsync(probe.Page.Locator("#tree button.cap[data-cap='emergency']"), "aria-current", "true");
    }

    [Test]
    public async Task DeepLink_WithFilters_RestoresControlsAndList()
    {
        var probe = await Browser.OpenAsync(_page, "#agency=LAS&status=failed");

        Assert.That(await probe.Page.InputValueAsync("#f-agency"), Is.EqualTo("LAS"));
        Assert.That(await probe.Page.InputValueAsync("#f-status"), Is.EqualTo("failed"));
        await PageExpect.NamesAsync(probe, Expected(s => s.Tags.Contains("@LAS") && s.ExpectedStatus == ScenarioStatus.Failed));
    }

    [Test]
    public async Task ChangingFilters_UpdatesTheUrl_AndThatLinkReproducesTheView()
    {
        var first = await Browser.OpenAsync(_page);
        await first.Page.SelectOptionAsync("#f-priority", "must");
        await first.Page.FillAsync("#f-tags", "@kpi");
        await first.Page.PressAsync("#f-tags", "Enter");
        // Wait for both filters to reach the URL and the list before capturing them.
        await PageExpect.SettleAsync(first.Page, "() => location.hash.includes('priority=must') && location.hash.includes('tags=%40kpi')");
        var hash = await first.HashAsync();
        Assert.That(hash, Does.Contain("priority=must").And.Contain("tags=%40kpi"));
        await PageExpect.CountAsync(first.Names, 3);
        var names = await first.Names.AllInnerTextsAsync();

        var second = await Browser.OpenAsync(_page, hash);

        await PageExpect.NamesAsync(second, names);
        Assert.That(names, Has.Count.EqualTo(3));
        Assert.That(await second.Page.InputValueAsync("#f-tags"), Is.EqualTo("@kpi"));
    }
}
