namespace EsnHarness.Simulators.Internal.Network.Catalogue;

/// <summary>Finds the names closest to one a user typed, for an error that helps them correct it.</summary>
internal static class PlaceMatching
{
    /// <summary>Up to <paramref name="count"/> candidates, closest first: those containing the text (or contained in it), then by edit distance.</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> candidates, int count = 5)
    {
        var text = typed.Trim().ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Lower: c.ToLowerInvariant()))
            .OrderBy(c => text.Length > 0 && (c.Lower.Contains(text, StringComparison.Ordinal) || text.Contains(c.Lower, StringComparison.Ordinal)) ? 0 : 1)
            .ThenBy(c => Distance(text, c.Lower))
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
