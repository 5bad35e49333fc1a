using EsnHarness.Steps.Drivers;
using EsnHarness.WebConsole.Driver;
using Microsoft.Playwright;

namespace EsnHarness.Steps.Internal;

/// <summary>Turns what Playwright says when a web console's screen does not show what a step expects into one line in the map's
/// words (for <see cref="WebConsolePort"/> and its controls).</summary>
internal sealed class WebScreenFailures(ConsoleMap map, EsnSession session, TimeSpan loginTimeout)
{
    /// <summary>
    /// Runs a screen action; if it fails, says in one line which map entry (with its locator) found nothing, or what the entry shows
    /// instead, and on which console.
    /// </summary>
    public async Task OnScreenAsync(WebSeat seat, string entry, string? group, string? user, string what, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            throw new ExpectationFailedException(await ExplainAsync(seat, entry, group, user, what), e.Message);
        }
    }

    private async Task<string> ExplainAsync(WebSeat seat, string entry, string? group, string? user, string what)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (group is not null)
        {
            values[Placeholders.Group] = group;
        }

        if (user is not null)
        {
            values[Placeholders.User] = user;
        }

        var where = $"{map.Source}: {entry}";
        var locator = entry.StartsWith("login.", StringComparison.Ordinal) ? null : map[entry];
        if (locator is null)
        {
            return $"Expected {what}, but the login did not succeed within {loginTimeout.TotalSeconds:0.#} s ({where}: {map.Login.LoggedIn.Describe(values)} never shown; check the login locators and the password in {map.Login.PasswordVariable}).";
        }

        // An item entry is looked for inside its list, as the driver does.
        var found = entry switch
        {
            "messageItem" => locator.Within(map["messageList"].On(seat.Driver.Page, values), values),
            "handoverItem" or "handoverRead" when map.Has("handoverList") => locator.Within(map["handoverList"].On(seat.Driver.Page, values), values),
            _ => locator.On(seat.Driver.Page, values),
        };
        var count = await found.CountAsync();
        if (count == 0)
        {
            return $"Expected {what}, but map entry {where} ({locator.Describe(values)}) found nothing on the console at {seat.Address} within {session.Timeout.TotalSeconds:0.#} s.";
        }

        string shows;
        try
        {
            // An accessible name first (what the map's role locators read; SVG markers carry only that), else the text.
            // A status field's name says what it is and its text what it shows: both, when they differ.
            var first = found.First;
            var name = await first.GetAttributeAsync("aria-label", new LocatorGetAttributeOptions { Timeout = 1000 });
            var text = (await first.TextContentAsync(new LocatorTextContentOptions { Timeout = 1000 }) ?? "").ReplaceLineEndings(" ").Trim();
            shows = name is null ? text : text.Length == 0 || text == name ? name : $"{name}: {text}";
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            shows = $"(unreadable: {e.Message.Split('\n')[0]})";
        }

        return $"Expected {what}, but map entry {where} ({locator.Describe(values)}) shows \"{shows}\" on the console at {seat.Address}.";
    }
}
