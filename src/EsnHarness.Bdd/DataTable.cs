using EsnHarness.Bdd.Internal;

namespace EsnHarness.Bdd;

/// <summary>A Gherkin data table step argument. The first row is the header.</summary>
public sealed class DataTable
{
    /// <summary>Builds a table from its cells, the first row being the header.</summary>
    public DataTable(IReadOnlyList<IReadOnlyList<string>> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        Cells = cells;
        Header = cells.Count > 0 ? cells[0] : [];
        Rows = cells.Skip(1).Select(ToRow).ToList();
    }

    /// <summary>Every row including the header, as written (useful for tables without a header).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cells { get; }

    /// <summary>The cells of the first row.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows after the header, each keyed by header cell.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    /// <summary>
    /// Builds one object: from a horizontal table (header + one row) or a vertical one (two columns: property, value,
    /// an optional <c>Field | Value</c> header). Properties match header names ignoring case, spaces and underscores.
    /// </summary>
    public T CreateInstance<T>()
    {
        IReadOnlyDictionary<string, string> values;
        if (Rows.Count == 1 && Header.Count != 2)
        {
            values = Rows[0];
        }
        else if (Header.Count == 2)
        {
            var pairs = IsFieldValueHeader(Header) ? Cells.Skip(1) : Cells;
            values = pairs.GroupBy(r => r[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.Ordinal);
        }
        else if (Rows.Count == 1)
        {
            values = Rows[0];
        }
        else
        {
            throw new InvalidOperationException($"CreateInstance<{typeof(T).Name}> needs a header with one row, or two columns (field, value); the table has {Plural.Of(Header.Count, "column")} and {Plural.Of(Rows.Count, "row")}.");
        }

        return TableObjectFactory.Create<T>(values);
    }

    /// <summary>Builds one object per row.</summary>
    public IReadOnlyList<T> CreateSet<T>() => Rows.Select(TableObjectFactory.Create<T>).ToList();

    /// <summary>
    /// Checks that <paramref name="actual"/> holds exactly the table's rows (order ignored), comparing only the columns the
    /// table names. Throws <see cref="DataTableComparisonException"/> listing missing rows (-) and unexpected items (+).
    /// </summary>
    public void CompareToSet<T>(IEnumerable<T> actual) => TableComparer.CompareToSet(this, actual);

    private static bool IsFieldValueHeader(IReadOnlyList<string> header) =>
        header[0].Trim().ToLowerInvariant() is "field" or "property" or "name" or "key"
        && header[1].Trim().ToLowerInvariant() is "value";

    private IReadOnlyDictionary<string, string> ToRow(IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count && i < cells.Count; i++)
        {
            row[Header[i]] = cells[i];
        }

        return row;
    }
}
