using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>Issue 15 items 2 and 4 in the page: what a subset run selected, the rest as not run, parse errors in plain sight.</summary>
public class LivingDocSelectionTests : LivingDocPageFixture
{
    [Test]
    public async Task SubsetRun_HeaderSaysWhatWasSelectedAndTheRestShowAsNotRunNotSelected()
    {
        var probe = await Browser.OpenAsync(WritePage(SubsetRuns.LasOnly(), "subset"));

        await PageExpect.InnerTextAsync(probe.Page.Locator("#selection"),
            "Selected: from features; tags \"@LAS and @must\". 1 of 4 scenarios was selected; the other 3 are shown as not run (not selected).");
        await PageExpect.CountAsync(probe.Page.Locator("details.scenario[data-selected='false'][data-status='notrun']"), 3);
        await PageExpect.InnerTextAsync(probe.Page.Locator("details.scenario[data-req='REQ-LDN-EMERG-101'] .chip.notselected"), "not selected");
        await PageExpect.InnerTextAsync(probe.Page.Locator("#matrix td[data-agency='MPS'][data-cap='voice'] button"), "0 / 0 / 2");
        await PageExpect.InnerTextAsync(probe.Count, "Showing all 4 scenarios: 1 passed, 3 not run");
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task ParseError_ShownAboveTheRunWithFileLineAndTheParsersWords()
    {
        var run = SampleRuns.Catalogue().WithParseError("features/voice/broken.feature", 7, 5, "expected: #EOF, #TableRow, got 'Whn the call starts'");

        var probe = await Browser.OpenAsync(WritePage(run, "broken"));

        await PageExpect.InnerTextsAsync(probe.Page.Locator("#errors li"), ["features/voice/broken.feature:7:5 expected: #EOF, #TableRow, got 'Whn the call starts'"]);
        Assert.That(await probe.Page.Locator("#errors-panel").IsVisibleAsync(), Is.True);
        await PageExpect.InnerTextContainsAsync(probe.Page.Locator("#run-facts"), "run failed: features/voice/broken.feature:7:5: expected: #EOF");
        probe.AssertNothingEscaped();
    }

    [Test]
    public async Task FullRun_NoSelectionLineAndNoErrorsPanel()
    {
        var probe = await Browser.OpenAsync(WritePage(SampleRuns.Catalogue(), "full"));

        await PageExpect.CountAsync(probe.Scenarios, 7);
        Assert.That(await probe.Page.Locator("#selection").IsVisibleAsync(), Is.False);
        Assert.That(await probe.Page.Locator("#errors-panel").IsVisibleAsync(), Is.False);
    }
}
