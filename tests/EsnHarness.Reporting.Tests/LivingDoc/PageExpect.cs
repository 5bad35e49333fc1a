using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// Web-first checks for the living doc. The page renders lazily (rows after the first 100 in slices, a
/// scenario's details on first open, filters from input events and the URL hash), so a check waits,
/// up to <see cref="Deadline"/>, for the expected state instead of reading whatever is there at once.
/// Texts are compared exactly (a regex, so Playwright does not normalise whitespace): never looser than
/// reading the text and asserting equality.
/// </summary>
public static class PageExpect
{
    /// <summary>Generous: the machine running these is shared and often loaded.</summary>
    public const float Deadline = 20_000;

    public static Task CountAsync(ILocator locator, int expected) =>
        Assertions.Expect(locator).ToHaveCountAsync(expected, new() { Timeout = Deadline });

    /// <summary>The element's innerText is exactly <paramref name="expected"/>.</summary>
    public static Task InnerTextAsync(ILocator locator, string expected) =>
        Assertions.Expect(locator).ToHaveTextAsync(Exactly(expected), new() { UseInnerText = true, Timeout = Deadline });

    public static Task InnerTextStartsWithAsync(ILocator locator, string prefix) =>
        Assertions.Expect(locator).ToHaveTextAsync(new Regex("^" + Regex.Escape(prefix)), new() { UseInnerText = true, Timeout = Deadline });

    public static Task InnerTextEndsWithAsync(ILocator locator, string suffix) =>
        Assertions.Expect(locator).ToHaveTextAsync(new Regex(Regex.Escape(suffix) + "$"), new() { UseInnerText = true, Timeout = Deadline });

    public static Task InnerTextContainsAsync(ILocator locator, string part) =>
        Assertions.Expect(locator).ToHaveTextAsync(new Regex(Regex.Escape(part)), new() { UseInnerText = true, Timeout = Deadline });

    /// <summary>The locator matches exactly these elements, in this order, with exactly these innerTexts.</summary>
    public static Task InnerTextsAsync(ILocator locator, IEnumerable<string> expected) =>
        Assertions.Expect(locator).ToHaveTextAsync(expected.Select(Exactly), new() { UseInnerText = true, Timeout = Deadline });

    public static Task AttributeAsync(ILocator locator, string name, string expected) =>
        Assertions.Expect(locator).ToHaveAttributeAsync(name, expected, new() { Timeout = Deadline });

    /// <summary>The element does not carry the attribute at all (any value would match the empty pattern).</summary>
    public static Task NoAttributeAsync(ILocator locator, string name) =>
        Assertions.Expect(locator).Not.ToHaveAttributeAsync(name, new Regex("^[\\s\\S]*$"), new() { Timeout = Deadline });

    public static Task VisibleAsync(ILocator locator) =>
        Assertions.Expect(locator).ToBeVisibleAsync(new() { Timeout = Deadline });

    /// <summary>The page's URL is its file URL followed by exactly <paramref name="hash"/>.</summary>
    public static Task HashAsync(IPage page, string hash) =>
        Assertions.Expect(page).ToHaveURLAsync(page.Url.Split('#')[0] + hash, new() { Timeout = Deadline });

    /// <summary>
    /// Waits until a JavaScript predicate over the page holds, or the deadline passes, and returns either way:
    /// always follow it with the assertion itself, which then reads the settled state (and, if the deadline
    /// passed, fails showing what the page has instead).
    /// </summary>
    public static async Task SettleAsync(IPage page, string predicate, object? argument = null)
    {
        try
        {
            await page.WaitForFunctionAsync(predicate, argument, new() { Timeout = Deadline });
        }
        catch (TimeoutException)
        {
            // The assertion that follows reports the actual state.
        }
    }

    /// <summary>Waits for the list of scenario names to be exactly <paramref name="expected"/>.</summary>
    public static async Task NamesAsync(PageProbe probe, IEnumerable<string> expected)
    {
        await InnerTextsAsync(probe.Names, expected);
    }

    /// <summary>Waits for exactly <paramref name="expected"/> scenarios.</summary>
    public static async Task ScenarioCountAsync(PageProbe probe, int expected)
    {
        await CountAsync(probe.Scenarios, expected);
    }

    private static Regex Exactly(string text) => new("^" + Regex.Escape(text) + "$");
}
