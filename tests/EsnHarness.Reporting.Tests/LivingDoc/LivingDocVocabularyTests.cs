using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>The page's agency and priority filters and its readiness matrix speak the run's vocabulary (esn.json).</summary>
public class LivingDocVocabularyTests : LivingDocPageFixture
{
    [Test]
    public async Task Filters_OtherVocabulary_OfferItsAgenciesAndPrioritiesAndTheMatrixFiltersByItsBlockingOne()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/voice/bank.feature", "Bank station");
        feature.Scenario("Call at Bank", "@REQ-LDN-VOICE-301", "@BTP", "@blocker").Given("a call");
        feature.Scenario("Call at Moorgate", "@REQ-LDN-VOICE-302", "@COLP", "@wanted").Given("a call");
        var vocabulary = RequirementVocabulary.Default with { Agencies = ["BTP", "COLP"], Priorities = ["blocker", "wanted"] };
        var probe = await Browser.OpenAsync(WritePage(run, "underground", vocabulary));

        var agencies = await probe.Page.Locator("#f-agency option").AllInnerTextsAsync();
        var priorities = await probe.Page.Locator("#f-priority option").AllInnerTextsAsync();
        await probe.Page.ClickAsync("#matrix td[data-agency='BTP'][data-cap='voice'] button");

        Assert.Multiple(() =>
        {
            Assert.That(agencies, Is.EqualTo(new[] { "All", "BTP", "COLP" }));
            Assert.That(priorities, Is.EqualTo(new[] { "All", "blocker", "wanted" }));
        });
        await PageExpect.NamesAsync(probe, ["Call at Bank"]);
        Assert.That(await probe.Page.InputValueAsync("#f-priority"), Is.EqualTo("blocker"));
        probe.AssertNothingEscaped();
    }
}
