namespace EsnHarness.Bdd;

/// <summary>Counts in words: "1 scenario", "2 scenarios", "0 scenarios".</summary>
public static class Plural
{
    /// <summary><paramref name="count"/> and the noun, with an "s" unless the count is 1 (or the given plural).</summary>
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";
}
