using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver.Internal;

/// <summary>ARIA role names as a console map writes them ("button", "listitem") and Playwright's <see cref="AriaRole"/>.</summary>
internal static class AriaRoles
{
    public static bool TryParse(string role, out AriaRole parsed) =>
        Enum.TryParse(role, ignoreCase: true, out parsed) && !int.TryParse(role, out _);

    public static AriaRole Parse(string role) =>
        TryParse(role, out var parsed) ? parsed : throw new ArgumentException($"'{role}' is not an ARIA role", nameof(role));
}
