using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// Checks a console map against a live console (what <c>esn console check</c> runs): the login fields are found and the login
/// works, then every entry the console always shows is found, each given <see cref="Timeout"/> to appear. Entries shown only in
/// some state are reported found if present, else not checked.
/// </summary>
/// <param name="Map">The map to check.</param>
/// <param name="Values">Placeholder values (a group the console monitors, a user); the map's <c>sample</c> fills the rest.</param>
/// <param name="Timeout">How long each locator may take to appear.</param>
public sealed record ConsoleMapCheck(ConsoleMap Map, IReadOnlyDictionary<string, string> Values, TimeSpan Timeout)
{
    /// <summary>Runs the check on <paramref name="page"/> against the console at <paramref name="address"/>.</summary>
    /// <exception cref="ConsoleMapException">A placeholder an always-shown entry needs has no value.</exception>
    public async Task<MapCheckResult> RunAsync(IPage page, Uri address, string password)
    {
        var values = Map.Sample.Concat(Values).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var missing = new List<string>();
        var found = new List<string>();
        var notChecked = new List<string>();
        var loginUrl = new Uri(address, Map.Login.Path);
        await page.GotoAsync(loginUrl.AbsoluteUri);
        var login = Map.Login;
        foreach (var (name, locator) in new[] { ("userField", login.UserField), ("passwordField", login.PasswordField), ("submit", login.Submit) })
        {
            if (await ProblemAsync(locator.On(page, values)) is { } problem)
            {
                missing.Add($"login.{name}: {locator.Describe(values)} {problem} on the login page {loginUrl}");
            }
        }

        if (missing.Count > 0)
        {
            return new MapCheckResult(missing, found, notChecked);
        }

        var driver = ConsoleDriver.Attach(page, address, Map, Timeout);
        try
        {
            await driver.LogInAsync(password);
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            missing.Add($"login.loggedIn: {login.LoggedIn.Describe(values)} not found after logging in as '{login.User}' (wrong password in {login.PasswordVariable}, or a wrong locator)");
            return new MapCheckResult(missing, found, notChecked);
        }

        foreach (var entry in ConsoleMapEntries.All)
        {
            if (!Map.Has(entry.Name))
            {
                notChecked.Add(entry.Name);
                continue;
            }

            var locator = Map[entry.Name];
            var unfilled = entry.Placeholders.Where(p => !values.ContainsKey(p)).ToList();
            if (unfilled.Count > 0)
            {
                if (entry.AlwaysShown)
                {
                    throw new ConsoleMapException($"{Map.Source}: sample.{unfilled[0]}: missing: locators.{entry.Name} needs a {{{unfilled[0]}}} to check (give one on the command line or in the map's sample)");
                }

                notChecked.Add(entry.Name);
                continue;
            }

            var onScreen = entry.Name == "messageItem" ? locator.Within(Map["messageList"].On(page, values), values) : locator.On(page, values);
            if (!entry.AlwaysShown)
            {
                (await onScreen.CountAsync() > 0 ? found : notChecked).Add(entry.Name);
            }
            else if (await ProblemAsync(onScreen) is { } problem)
            {
                missing.Add($"locators.{entry.Name}: {locator.Describe(values)} {problem} on {address} ({entry.Purpose})");
            }
            else
            {
                found.Add(entry.Name);
            }
        }

        return new MapCheckResult(missing, found, notChecked);
    }

    /// <summary>Null when the locator finds something within the timeout; else what went wrong, e.g. "not found".</summary>
    private async Task<string?> ProblemAsync(ILocator locator)
    {
        try
        {
            await locator.First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = (float)Timeout.TotalMilliseconds });
            return null;
        }
        catch (TimeoutException)
        {
            return $"not found within {Timeout.TotalSeconds:0.#} s";
        }
        catch (PlaywrightException e)
        {
            return $"cannot be used ({e.Message.Split('\n')[0].Trim()})";
        }
    }
}
