using System.CommandLine;

namespace EsnHarness.Cli.Commands;

/// <summary>Options several commands share, created fresh per command (System.CommandLine options belong to one parent).</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config")
    {
        Description = "Path of esn.json (default: esn.json in the working folder or a parent).",
    };

    public static Option<string?> Profile() => new("--profile", "-p")
    {
        Description = "Profile from esn.json (default: ESN_PROFILE, else the file's defaultProfile, else 'reference').",
    };

    public static Option<string[]> Endpoint() => new("--endpoint")
    {
        Description = "Override a role's address: ROLE=URL or ROLE=embedded (repeatable). Stronger than ESN_<ROLE>_URL.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Features() => new("--features", "-f")
    {
        Description = "Feature folder or file; repeatable; FILE:LINE runs the scenario or example at that line (default: esn.json 'features').",
    };

    public static Option<string?> Tags() => new("--tags", "-t")
    {
        Description = "Cucumber tag expression, e.g. \"@must and @LAS and not @wip\".",
    };

    public static Option<string?> Name() => new("--name", "-n")
    {
        Description = "Only scenarios whose name matches this regular expression.",
    };

    public static Dictionary<string, string> ParseEndpoints(string[] values)
    {
        var endpoints = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var equals = value.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == value.Length - 1)
            {
                throw new UsageException($"--endpoint '{value}': expected ROLE=URL, e.g. mcx=https://mcx.test:8443");
            }

            endpoints[value[..equals]] = value[(equals + 1)..];
        }

        return endpoints;
    }
}
