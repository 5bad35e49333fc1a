namespace EsnHarness.Cli;

/// <summary>Where a command writes and what it knows of its surroundings; tests pass their own.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error: one-line problems.</param>
/// <param name="Environment">Environment variables (ESN_PROFILE, ESN_&lt;ROLE&gt;_URL, CI, ...).</param>
/// <param name="WorkingDirectory">The folder relative paths start from and esn.json is looked for.</param>
/// <param name="Interactive">True when output is a terminal that can show a live progress display.</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error, IReadOnlyDictionary<string, string> Environment, string WorkingDirectory, bool Interactive)
{
    /// <summary>The process's own console and environment.</summary>
    public static CliConsole FromProcess()
    {
        var environment = Targets.ProfileResolver.ProcessEnvironment();
        var ci = environment.TryGetValue("CI", out var value) && !string.IsNullOrEmpty(value) && value != "false" && value != "0";
        var interactive = !Console.IsOutputRedirected && !ci && !environment.ContainsKey("NO_COLOR");
        return new CliConsole(Console.Out, Console.Error, environment, Directory.GetCurrentDirectory(), interactive);
    }
}
