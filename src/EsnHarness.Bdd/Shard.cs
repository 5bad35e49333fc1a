namespace EsnHarness.Bdd;

/// <summary>Shard <see cref="Index"/> (1-based) of <see cref="Count"/>: each pickle lands in exactly one shard, chosen by a stable
/// hash of its uri, name and line, so every CI agent computes the same split.</summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>i/n</c>, e.g. <c>2/4</c>.</summary>
    /// <exception cref="BddConfigurationException">The text is not <c>i/n</c> with 1 &lt;= i &lt;= n.</exception>
    public static Shard Parse(string text)
    {
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var index) && int.TryParse(parts[1], out var count) && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new BddConfigurationException($"shard '{text}' must be i/n with 1 <= i <= n, e.g. 2/4");
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
