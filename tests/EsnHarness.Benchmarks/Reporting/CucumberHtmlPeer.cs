using System.Diagnostics;

namespace EsnHarness.Benchmarks.Reporting;

/// <summary>
/// The official @cucumber/html-formatter, installed with
/// <c>npm ci --prefix tests/EsnHarness.Reporting.Tests/CucumberHtml</c>; null when it is not installed.
/// </summary>
internal sealed class CucumberHtmlPeer(string folder)
{
    public static CucumberHtmlPeer? Find()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "EsnHarness.Reporting.Tests", "CucumberHtml");
            if (Directory.Exists(Path.Combine(candidate, "node_modules", "@cucumber", "html-formatter")))
            {
                return new CucumberHtmlPeer(candidate);
            }
        }
        return null;
    }

    /// <summary>Renders NDJSON to HTML with node; returns the exit code and stderr.</summary>
    public async Task<(int ExitCode, string Error)> RenderAsync(string ndjson, string html)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(folder, "render.mjs"), ndjson, html])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await error);
    }
}
