using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>Base for browser tests: one Chromium per fixture and a scratch folder for generated pages.</summary>
public abstract class LivingDocPageFixture
{
    protected BrowserSession Browser { get; private set; } = null!;

    protected TempDirectory Files { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBrowser()
    {
        Files = new TempDirectory();
        Browser = await BrowserSession.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowser()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        Files?.Dispose();
    }

    /// <summary>Writes the run's NDJSON, loads it as a user would, and renders the page.</summary>
    protected string WritePage(RunBuilder run, string name, RequirementVocabulary? vocabulary = null)
    {
        var ndjson = run.WriteTo(Files.File(name + ".ndjson"));
        var html = Files.File(name + ".html");
        new LivingDocWriter().Write(ReportModel.Load([ndjson], vocabulary), html);
        return html;
    }
}
