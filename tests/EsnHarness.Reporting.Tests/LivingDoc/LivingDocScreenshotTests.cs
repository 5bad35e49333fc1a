using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>A failing web-console step's screenshot shows inline under the step, and its Playwright trace is offered as a download.</summary>
public class LivingDocScreenshotTests : LivingDocPageFixture
{
    // A 2x1 PNG (one red, one blue pixel).
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==";

    // An empty zip archive (end of central directory only), as the run builder takes binary bodies other than PNG: raw, encoded by it.
    private static readonly string ZipBytes = "PK\u0005\u0006" + new string('\0', 18);

    private const string Zip = "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==";

    private string _page = null!;

    [OneTimeSetUp]
    public void WriteRun()
    {
        var run = new RunBuilder().WithRunInfo("web-console", new Dictionary<string, string> { ["controlRoom"] = "embedded + web console" });
        run.Feature("features/control-room/console-screen.feature", "What the dispatcher sees", "", "@control-room")
            .Scenario("MetCC sees the talker", "@REQ-LDN-CR-102", "@MPS", "@must")
            .Given("a talker on MPS-LX-OPS1")
            .Then("the MetCC console shows the talker", ScenarioStatus.Failed, "Expected the MetCC console to show \"PC Patel\" talking on \"MPS-LX-OPS1\"")
            .Attach(Png, "image/png", "metcc-dispatcher-ward-console.png", base64: true)
            .Attach(ZipBytes, "application/zip", "metcc-dispatcher-ward-playwright-trace.zip", base64: true);
        _page = WritePage(run, "screenshot");
    }

    [Test]
    public async Task FailedWebConsoleStep_Opened_ShowsTheScreenshotInlineAndLinksTheTrace()
    {
        var probe = await Browser.OpenAsync(_page);
        var scenario = probe.Page.Locator("details.scenario[data-req='REQ-LDN-CR-102']");

        await scenario.Locator("summary").ClickAsync();

        var image = scenario.Locator("li.step figure.attachment img");
        await image.WaitForAsync();
        var width = await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1");
        var trace = scenario.Locator("li.step a[download='metcc-dispatcher-ward-playwright-trace.zip']");
        var alt = await image.GetAttributeAsync("alt");
        var href = await trace.GetAttributeAsync("href");
        var label = await trace.InnerTextAsync();
        Assert.Multiple(() =>
        {
            Assert.That(width, Is.EqualTo(2), "the PNG decoded and drawn (the page's CSP allows data: images)");
            Assert.That(alt, Is.EqualTo("Attached image metcc-dispatcher-ward-console.png"));
            Assert.That(href, Is.EqualTo("data:application/zip;base64," + Zip));
            Assert.That(label, Is.EqualTo("Download metcc-dispatcher-ward-playwright-trace.zip"));
        });
    }
}
