using System.Text.RegularExpressions;

namespace EsnHarness.Stubs.Internal.Conditions;

/// <summary><c>*</c> matches any run of characters; everything else is literal.</summary>
internal static class Wildcard
{
    public static bool IsMatch(string pattern, string text, bool ignoreCase)
    {
        if (!pattern.Contains('*', StringComparison.Ordinal))
        {
            return string.Equals(pattern, text, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        var regex = "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(text, regex, (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    public static string Quote(string? text) => text is null ? "nothing" : "\"" + text + "\"";
}
