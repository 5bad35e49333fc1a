using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// Waits on an element's text without polling: Playwright's own waits check again after 20, 50, 100, 100 and then every 500 ms, so
/// a change the console shows a little later was seen up to half a second late, at one round trip per check. This one is a single
/// evaluation in the page that checks at once and again on each change of the element (a MutationObserver), returning as soon as
/// the text matches.
/// </summary>
public sealed partial class ConsoleDriver
{
    private const string WaitForTextScript = """
        (element, a) => new Promise((resolve, reject) => {
          const pattern = new RegExp(a.pattern, a.flags);
          const text = () => (element.textContent || '').replace(/\s+/g, ' ').trim();
          let observer = null;
          let timer = null;
          const check = () => {
            const now = text();
            if (!pattern.test(now)) return false;
            if (observer) observer.disconnect();
            clearTimeout(timer);
            resolve(now);
            return true;
          };
          if (check()) return;
          observer = new MutationObserver(check);
          observer.observe(element, { subtree: true, childList: true, characterData: true });
          timer = setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the text stayed "${text()}", not matching /${a.pattern}/ within ${a.ms} ms`));
          }, a.ms);
        })
        """;

    /// <summary>Waits until the element's text (whitespace collapsed) matches <paramref name="pattern"/> (only its IgnoreCase option
    /// is carried to the page); returns the text. The element must be on the screen within the driver's timeout, and the text match
    /// within the timeout after that.</summary>
    /// <exception cref="PlaywrightException">The text never matched (the message says what it showed) or the element never appeared.</exception>
    public Task<string> WaitForTextAsync(ILocator element, Regex pattern) =>
        element.EvaluateAsync<string>(WaitForTextScript,
            new { pattern = pattern.ToString(), flags = (pattern.Options & RegexOptions.IgnoreCase) != 0 ? "i" : "", ms = (int)TimeoutMs },
            new LocatorEvaluateOptions { Timeout = TimeoutMs });

    internal static Regex Containing(string text, bool ignoreCase = false) =>
        new(Regex.Escape(text), ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
}
