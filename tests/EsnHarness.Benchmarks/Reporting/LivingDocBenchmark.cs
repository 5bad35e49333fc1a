using System.Diagnostics;
using System.Globalization;
using EsnHarness.Reporting;
using Microsoft.Playwright;

namespace EsnHarness.Benchmarks.Reporting;

/// <summary>
/// Living doc for a 2,000-scenario run: time to interactive in headless Chromium (navigation start to
/// the page's <c>esn-ready</c> mark, set once the first rows, matrix and filters work) and to every row in
/// the page (its <c>esn-complete</c> mark; the rows after the first screens are added in slices), next to the official
/// @cucumber/html-formatter rendering the same NDJSON (navigation start to its first feature on screen).
/// </summary>
internal static class LivingDocBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var scenarios = 2000;
        var repeats = quick ? 2 : 5;
        var work = Directory.CreateTempSubdirectory("esn-bench-livingdoc-").FullName;
        var ndjson = Path.Combine(work, "run.ndjson");
        var ours = Path.Combine(work, "living-doc.html");
        var peerHtml = Path.Combine(work, "cucumber.html");

        var run = BenchmarkCatalogue.Build(scenarios);
        run.WriteTo(ndjson);
        var firstFeature = run.Features[0].Uri; // the formatter always lists feature files, expanded or not
        var watch = Stopwatch.StartNew();
        var model = ReportModel.Load([ndjson]);
        var loadMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        model = ReportModel.Load([ndjson]);
        var warmLoadMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        new LivingDocWriter().Write(model, ours);
        var writeMs = watch.Elapsed.TotalMilliseconds;

        var peer = CucumberHtmlPeer.Find();
        double? peerRenderMs = null;
        if (peer is not null)
        {
            watch.Restart();
            var (exit, error) = await peer.RenderAsync(ndjson, peerHtml);
            peerRenderMs = watch.Elapsed.TotalMilliseconds;
            if (exit != 0)
            {
                Console.Error.WriteLine($"@cucumber/html-formatter failed ({exit}): {error}");
                peer = null;
            }
        }

        var chromium = new[] { Environment.GetEnvironmentVariable("ESN_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
        if (chromium is null)
        {
            Console.Error.WriteLine("No Chromium: set ESN_CHROMIUM.");
            return 1;
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var oursMs = new List<double>();
        var paintMs = new List<double>();
        var completeMs = new List<double>();
        var peerMs = new List<double>();
        for (var i = 0; i < repeats; i++)
        {
            var (ready, paint, complete) = await TimeToReadyAndCompleteAsync(browser, ours);
            oursMs.Add(ready);
            paintMs.Add(paint);
            completeMs.Add(complete);
            if (peer is not null)
            {
                peerMs.Add(await TimeToReadyAsync(browser, peerHtml,
                    "name => { const c = document.getElementById('content'); return c && c.textContent.includes(name) ? performance.now() : false; }", firstFeature));
            }
        }
        if (args.Contains("--screenshot"))
        {
            await ScreenshotAsync(browser, ours, Path.Combine(Path.GetTempPath(), "esn-living-doc-2000.png"));
        }

        Console.WriteLine($"Living doc, {scenarios} scenarios ({repeats} loads each, headless Chromium {browser.Version})");
        Console.WriteLine($"  NDJSON input: {Size(ndjson)}; load model {loadMs:F0} ms cold, {warmLoadMs:F0} ms warm; write page {writeMs:F0} ms");
        Console.WriteLine($"  {"",-34} {"file",10} {"median",10} {"min",8} {"max",8}");
        Console.WriteLine($"  {"EsnHarness living doc (ready)",-34} {Size(ours),10} {Ms(Median(oursMs)),10} {Ms(oursMs.Min()),8} {Ms(oursMs.Max()),8}");
        Console.WriteLine($"  {"  first contentful paint",-34} {"",10} {Ms(Median(paintMs)),10} {Ms(paintMs.Min()),8} {Ms(paintMs.Max()),8}");
        Console.WriteLine($"  {"  every row in the page (complete)",-34} {"",10} {Ms(Median(completeMs)),10} {Ms(completeMs.Min()),8} {Ms(completeMs.Max()),8}");
        if (peer is not null)
        {
            Console.WriteLine($"  {"@cucumber/html-formatter (content)",-34} {Size(peerHtml),10} {Ms(Median(peerMs)),10} {Ms(peerMs.Min()),8} {Ms(peerMs.Max()),8}");
            Console.WriteLine($"  peer render with node: {peerRenderMs:F0} ms");
        }
        else
        {
            Console.WriteLine("  peer: @cucumber/html-formatter not installed (npm ci --prefix tests/EsnHarness.Reporting.Tests/CucumberHtml)");
        }
        Console.WriteLine($"  target: interactive in under 1000 ms -> {(Median(oursMs) < 1000 ? "met" : "NOT met")}");
        Directory.Delete(work, recursive: true);
        return 0;
    }

    /// <summary>
    /// Navigation start to the page's <c>esn-ready</c> mark (the first rows, matrix and filters work), to the
    /// browser's first contentful paint (the mark is set by script and says nothing of the layout and paint of
    /// what the script built, which can cost more than the script) and to the <c>esn-complete</c> mark (every
    /// row is in the page, so the browser's find reaches each one).
    /// </summary>
    private static async Task<(double Ready, double Paint, double Complete)> TimeToReadyAndCompleteAsync(IBrowser browser, string path)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        var ready = await EntryAsync(page, "esn-ready");
        var paint = await EntryAsync(page, "first-contentful-paint");
        return (ready, paint, await EntryAsync(page, "esn-complete"));
    }

    private static async Task<double> EntryAsync(IPage page, string name)
    {
        var entry = await page.WaitForFunctionAsync("name => { const m = performance.getEntriesByName(name)[0]; return m ? m.startTime : false; }", name,
            new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 60_000 });
        return await entry.JsonValueAsync<double>();
    }

    private static async Task<double> TimeToReadyAsync(IBrowser browser, string path, string probe, string? arg)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        var handle = await page.WaitForFunctionAsync(probe, arg, new PageWaitForFunctionOptions { PollingInterval = 5, Timeout = 60_000 });
        return await handle.JsonValueAsync<double>();
    }

    private static async Task ScreenshotAsync(IBrowser browser, string path, string output)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync("html[data-ready='true']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = output });
        Console.WriteLine($"  screenshot: {output}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string Ms(double ms) => ms.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    private static string Size(string path) => (new FileInfo(path).Length / 1024.0 / 1024.0).ToString("F2", CultureInfo.InvariantCulture) + " MB";
}
