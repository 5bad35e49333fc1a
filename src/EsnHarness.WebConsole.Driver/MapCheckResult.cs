namespace EsnHarness.WebConsole.Driver;

/// <summary>What <see cref="ConsoleMapCheck"/> found on a live console.</summary>
/// <param name="Missing">One line per locator not found: the map entry and what was looked for.</param>
/// <param name="Found">Entries found.</param>
/// <param name="NotChecked">Entries the console shows only in some state (e.g. an emergency banner), absent now, so not checked.</param>
public sealed record MapCheckResult(IReadOnlyList<string> Missing, IReadOnlyList<string> Found, IReadOnlyList<string> NotChecked)
{
    /// <summary>True when every locator that must be there was found.</summary>
    public bool Passed => Missing.Count == 0;
}
