using System.Text.RegularExpressions;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// Where a requirement comes from, precisely enough to look it up: every source tag names a document and a clause
/// (<c>@3gpp-24.380-7.2</c>, <c>@3gpp-22.179-R-6.15.3.2-012</c>), never a whole document (<c>@3gpp-22.179</c>), and every
/// scenario carries one, or <c>@london-assumption</c> when London's own practice is the source.
/// </summary>
internal static partial class SourceTagRule
{
    /// <summary>The tag for a requirement London sets itself, with no external clause to cite.</summary>
    public const string LondonAssumption = "@london-assumption";

    /// <summary>The problems of one scenario's tags (each with '@'); empty when its sources are precise.</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<string> tags, IReadOnlyList<string> sourcePrefixes)
    {
        var sources = tags.Where(tag => tag != LondonAssumption && IsSource(tag, sourcePrefixes)).ToList();
        foreach (var bare in sources.Where(tag => !CitesClause(tag, sourcePrefixes)))
        {
            yield return $"source tag {bare} names a document but no clause; add it (e.g. @3gpp-24.380-7.2, @3gpp-22.179-R-6.15.3.2-012)";
        }

        if (!tags.Contains(LondonAssumption, StringComparer.Ordinal) && !sources.Any(tag => CitesClause(tag, sourcePrefixes)))
        {
            yield return $"has no source tag with a clause (e.g. @3gpp-24.380-7.2) and is not tagged {LondonAssumption}";
        }
    }

    private static bool IsSource(string tag, IReadOnlyList<string> prefixes) =>
        prefixes.Any(prefix => tag[1..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when, after the document (the first part after the prefix), some part is a clause: a dotted number (7.2,
    /// 6.15.3.2, A.4) or a number of at most three digits (the 012 of R-6.15.3.2-012); a year (2016) is not a clause.
    /// </summary>
    private static bool CitesClause(string tag, IReadOnlyList<string> prefixes)
    {
        var prefix = prefixes.Where(p => tag[1..].StartsWith(p, StringComparison.OrdinalIgnoreCase)).MaxBy(p => p.Length)!;
        var parts = tag[(1 + prefix.Length)..].Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Skip(1).Any(part => Clause().IsMatch(part));
    }

    [GeneratedRegex(@"^(?:(?:\d+|[A-Z])(?:\.\d+)+|\d{1,3})$")]
    private static partial Regex Clause();
}
