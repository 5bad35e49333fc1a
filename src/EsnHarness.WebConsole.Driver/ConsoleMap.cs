using System.Text.RegularExpressions;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// For one console product: how to log in, and how to find each thing the control-room steps need on its screen
/// (see <see cref="ConsoleMapEntries"/>). Read with <see cref="ConsoleMapLoader"/>; docs/web-console.md explains how to write one.
/// </summary>
/// <param name="Source">Where the map was read from (named in errors).</param>
/// <param name="Product">The console product the map is for.</param>
/// <param name="Login">How to log in.</param>
/// <param name="Locators">Entry name → locator, one for every entry of <see cref="ConsoleMapEntries.All"/> but the optional ones the map leaves out.</param>
/// <param name="UnitPosition">Reads latitude and longitude (named groups <c>lat</c> and <c>lon</c>) from a unit marker's text or accessible name.</param>
/// <param name="Sample">Placeholder values <c>esn console check</c> uses when none are given (e.g. a group the console monitors).</param>
public sealed record ConsoleMap(string Source, string Product, ConsoleMapLogin Login, IReadOnlyDictionary<string, MapLocator> Locators, Regex UnitPosition, IReadOnlyDictionary<string, string> Sample)
{
    /// <summary>The locator of an entry.</summary>
    /// <exception cref="ArgumentException">Not an entry of <see cref="ConsoleMapEntries.All"/>, or an optional one the map leaves out.</exception>
    public MapLocator this[string entry] =>
        Locators.TryGetValue(entry, out var locator) ? locator : throw new ArgumentException($"'{entry}' is not an entry of the console map {Source}", nameof(entry));

    /// <summary>True when the map gives the entry (always, for an entry that is not optional).</summary>
    public bool Has(string entry) => Locators.ContainsKey(entry);
}
