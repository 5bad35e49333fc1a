namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// Finds the system Chromium (Playwright's own download is not available here): $ESN_CHROMIUM first,
/// then the usual Debian, Ubuntu and Chrome paths.
/// </summary>
public static class ChromiumLocator
{
    private static readonly string[] UsualPaths =
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"];

    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ESN_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : null;
        }
        return UsualPaths.FirstOrDefault(File.Exists);
    }

    public static IReadOnlyList<string> Arguments { get; } = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];
}
