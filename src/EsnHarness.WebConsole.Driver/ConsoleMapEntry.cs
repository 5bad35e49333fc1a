namespace EsnHarness.WebConsole.Driver;

/// <summary>One thing the control-room steps need to find on a console screen.</summary>
/// <param name="Name">The key in the map's <c>locators</c> object, e.g. <c>pttButton</c>.</param>
/// <param name="Purpose">What the steps do with it.</param>
/// <param name="Placeholders">Placeholders the locator may use (and usually must, to tell one group or user from another).</param>
/// <param name="ShownWhen">Null when the console always shows it; else when it appears (it cannot be checked on an idle console).</param>
/// <param name="Optional">True for a control some consoles do not have (e.g. a broadcast call): a map may leave it out, and a step
/// that needs it then skips its scenario on that console, saying so.</param>
public sealed record ConsoleMapEntry(string Name, string Purpose, IReadOnlyList<string> Placeholders, string? ShownWhen = null, bool Optional = false)
{
    /// <summary>True when the console always shows it, so <c>esn console check</c> must find it.</summary>
    public bool AlwaysShown => ShownWhen is null;
}
