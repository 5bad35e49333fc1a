using System.Diagnostics;
using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// The NDJSON we read and the NDJSON the merger writes stay valid for the Cucumber ecosystem: the
/// official @cucumber/html-formatter renders them and its page shows every feature.
/// Needs <c>npm ci --prefix tests/EsnHarness.Reporting.Tests/CucumberHtml</c>.
/// </summary>
public class CucumberHtmlFormatterTests : LivingDocPageFixture
{
    private static string? FormatterFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "CucumberHtml");
            if (File.Exists(Path.Combine(candidate, "render.mjs")))
            {
                return Directory.Exists(Path.Combine(candidate, "node_modules", "@cucumber", "html-formatter")) ? candidate : null;
            }
        }
        return null;
    }

    private async Task<string> RenderWithCucumberAsync(string ndjson)
    {
        var folder = FormatterFolder();
        if (folder is null)
        {
            Assert.Ignore("@cucumber/html-formatter is not installed: npm ci --prefix tests/EsnHarness.Reporting.Tests/CucumberHtml");
        }
        var html = Path.ChangeExtension(ndjson, ".cucumber.html");
        using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(folder!, "render.mjs"), ndjson, html])
        {
            RedirectStandardError = true,
            WorkingDirectory = folder,
        })!;
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        Assert.That(node.ExitCode, Is.EqualTo(0), await error);
        return html;
    }

    [Test]
    public async Task CucumberHtmlFormatter_CatalogueRun_RendersEveryFeature()
    {
        var run = SampleRuns.Catalogue();
        var html = await RenderWithCucumberAsync(run.WriteTo(Files.File("catalogue.ndjson")));

        var probe = await Browser.OpenAsync(html, readySelector: "#content :text('" + run.Features[0].Name + "')");

        // The formatter renders as its script runs: wait for each feature rather than read the page once.
        foreach (var feature in run.Features)
        {
            await PageExpect.InnerTextContainsAsync(probe.Page.Locator("#content"), feature.Name);
        }
        var content = await probe.Page.InnerTextAsync("#content");
        Assert.That(run.Features.Select(f => f.Name), Is.All.Matches<string>(name => content.Contains(name, StringComparison.Ordinal)));
        Assert.That(probe.Errors, Is.Empty);
    }

    [Test]
    public async Task CucumberHtmlFormatter_MergedShards_RendersFeaturesOfEveryShard()
    {
        var a = new RunBuilder();
        a.Feature("features/voice/a.feature", "Shard one voice").Scenario("Voice works", "@MPS").Given("the system is up");
        var b = new RunBuilder();
        b.Feature("features/data/b.feature", "Shard two data").Scenario("Data works", "@LAS").Given("the system is up", ScenarioStatus.Failed, "down");
        var merged = Files.File("merged.ndjson");
        NdjsonMerger.Merge([a.WriteTo(Files.File("a.ndjson")), b.WriteTo(Files.File("b.ndjson"))], merged);
        var html = await RenderWithCucumberAsync(merged);

        var probe = await Browser.OpenAsync(html, readySelector: "#content :text('features/voice/a.feature')");

        // The formatter lists every feature file and expands only the failing ones.
        var content = probe.Page.Locator("#content");
        foreach (var shown in new[] { "features/voice/a.feature", "features/data/b.feature", "Shard two data", "(1 / 2) passed" })
        {
            await PageExpect.InnerTextContainsAsync(content, shown);
        }
        Assert.That(probe.Errors, Is.Empty);
    }

    [Test]
    public async Task CucumberHtmlFormatter_SubsetRunWithAParseError_StaysValidAndShowsWhatRan()
    {
        var run = SubsetRuns.LasOnly().WithParseError("features/voice/broken.feature", 7, 5, "expected: #EOF, got 'Whn'");
        var html = await RenderWithCucumberAsync(run.WriteTo(Files.File("subset.ndjson")));

        var probe = await Browser.OpenAsync(html, readySelector: "#content :text('features/voice/calls.feature')");

        // Cucumber's own view counts the pickles only: the scenarios the selection left out are not failures to it.
        var content = probe.Page.Locator("#content");
        foreach (var shown in new[] { "features/voice/calls.feature", "(1 / 1) passed" })
        {
            await PageExpect.InnerTextContainsAsync(content, shown);
        }
        Assert.That(probe.Errors, Is.Empty);
    }
}
