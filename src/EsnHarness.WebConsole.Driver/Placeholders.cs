using System.Text.RegularExpressions;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Placeholders in console map values: <c>{group}</c> (a group ID), <c>{user}</c> (a user as the console shows them).</summary>
public static partial class Placeholders
{
    /// <summary>A group ID, e.g. MPS-LX-OPS1.</summary>
    public const string Group = "group";

    /// <summary>A user as the console names them (display name, else MCPTT ID), e.g. PC Patel.</summary>
    public const string User = "user";

    /// <summary>The placeholder names used in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> In(string text) => Pattern().Matches(text).Select(m => m.Groups[1].Value).ToList();

    /// <summary>Fills every placeholder of <paramref name="text"/> from <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A placeholder has no value.</exception>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Pattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"no value for placeholder {{{m.Groups[1].Value}}} in '{text}'"));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Pattern();
}
