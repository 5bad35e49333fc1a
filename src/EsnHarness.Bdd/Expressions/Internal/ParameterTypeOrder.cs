namespace EsnHarness.Bdd.Expressions.Internal;

/// <summary>Cucumber's order of parameter types: preferential ones first, then by name (ordinal).</summary>
internal sealed class ParameterTypeOrder : IComparer<ParameterType>
{
    public static readonly ParameterTypeOrder Instance = new();

    public int Compare(ParameterType? x, ParameterType? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        if (x.PreferForRegexpMatch != y.PreferForRegexpMatch)
        {
            return x.PreferForRegexpMatch ? -1 : 1;
        }

        return string.CompareOrdinal(x.Name, y.Name);
    }
}
