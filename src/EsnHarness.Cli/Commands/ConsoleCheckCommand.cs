using System.CommandLine;
using EsnHarness.WebConsole.Driver;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn console check --map FILE --url URL</c>: checks a console map against a live console. Exit 0 when every locator
/// is found, 1 with one line per missing locator, 2 for a malformed map or a missing password or browser.</summary>
internal static class ConsoleCheckCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Check a console map against a live web console: log in as the map says, then find every locator the console always shows.");
        var map = new Option<string>("--map") { Description = "The console map (JSON).", Required = true };
        var url = new Option<string>("--url") { Description = "The console's address, e.g. https://console.example.police.uk/.", Required = true };
        var group = new Option<string?>("--group") { Description = "A group the console monitors, for {group} (default: the map's sample)." };
        var user = new Option<string?>("--user") { Description = "A user as the console names them, for {user} (default: the map's sample)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds each locator may take to appear (default 5).", DefaultValueFactory = _ => 5 };
        foreach (var option in new Option[] { map, url, group, user, timeout })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(map)!, console.WorkingDirectory);
            var consoleMap = Load(path);
            var address = Uri.TryCreate(parse.GetValue(url), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? parsed
                : throw new UsageException($"--url '{parse.GetValue(url)}' is not an absolute http:// or https:// address");
            var password = console.Environment.GetValueOrDefault(consoleMap.Login.PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                throw new UsageException($"{path}: login.passwordVariable: the environment variable {consoleMap.Login.PasswordVariable} is not set (it holds the console's password)");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (parse.GetValue(group) is { } g)
            {
                values[Placeholders.Group] = g;
            }

            if (parse.GetValue(user) is { } u)
            {
                values[Placeholders.User] = u;
            }

            var result = await RunAsync(console, new ConsoleMapCheck(consoleMap, values, TimeSpan.FromSeconds(parse.GetValue(timeout))), address, password);
            foreach (var missing in result.Missing)
            {
                await console.Error.WriteLineAsync($"esn: console check: {path}: {missing}");
            }

            var notChecked = result.NotChecked.Count == 0 ? "" : $"; not checked (shown only in some states, absent now): {string.Join(", ", result.NotChecked)}";
            await console.Output.WriteLineAsync(result.Passed
                ? $"esn console check: {consoleMap.Product}: login and {result.Found.Count} locators found on {address}{notChecked}"
                : $"esn console check: {result.Missing.Count} locator(s) not found on {address}; {result.Found.Count} found{notChecked}");
            return result.Passed ? ExitCodes.Passed : ExitCodes.NotPassed;
        });
        return command;
    }

    private static ConsoleMap Load(string path)
    {
        try
        {
            return ConsoleMapLoader.Load(path);
        }
        catch (ConsoleMapException error)
        {
            throw new UsageException($"console check: {error.Message}");
        }
    }

    private static async Task<MapCheckResult> RunAsync(CliConsole console, ConsoleMapCheck check, Uri address, string password)
    {
        try
        {
            await using var browser = await ConsoleBrowser.LaunchAsync(ConsoleBrowser.FindChromium(console.Environment.GetValueOrDefault("ESN_CHROMIUM")));
            var page = await browser.NewPageAsync(timeout: TimeSpan.FromSeconds(30));
            return await check.RunAsync(page, address, password);
        }
        catch (ConsoleBrowserException error)
        {
            throw new UsageException($"console check: {error.Message}");
        }
        catch (ConsoleMapException error)
        {
            throw new UsageException($"console check: {error.Message}");
        }
        catch (Microsoft.Playwright.PlaywrightException error) when (error.Message.Contains("net::ERR", StringComparison.Ordinal))
        {
            throw new UsageException($"console check: cannot open {address}: {error.Message.Split('\n')[0]}");
        }
    }
}
