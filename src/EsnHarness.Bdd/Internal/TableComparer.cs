using System.Globalization;
using System.Reflection;
using System.Text;

namespace EsnHarness.Bdd.Internal;

/// <summary>Set comparison of a table against objects, with a readable diff.</summary>
internal static class TableComparer
{
    public static void CompareToSet<T>(DataTable table, IEnumerable<T> actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var properties = table.Header.Select(h => FindProperty(typeof(T), h)).ToList();
        var actualRows = actual.Select(item => properties.Select(p => Format(p.GetValue(item))).ToList()).ToList();
        var remaining = new List<List<string>>(actualRows);
        var missing = new List<IReadOnlyList<string>>();
        foreach (var expected in table.Rows)
        {
            var cells = table.Header.Select(h => expected[h]).ToList();
            var index = remaining.FindIndex(row => RowMatches(cells, row, properties));
            if (index < 0)
            {
                missing.Add(cells);
            }
            else
            {
                remaining.RemoveAt(index);
            }
        }

        if (missing.Count == 0 && remaining.Count == 0)
        {
            return;
        }

        var text = new StringBuilder($"The set of {actualRows.Count} {typeof(T).Name} does not match the table of {Plural.Of(table.Rows.Count, "row")}:\n");
        text.Append("    ").Append(FormatRow(table.Header)).Append('\n');
        foreach (var row in missing)
        {
            text.Append("  - ").Append(FormatRow(row)).Append("   (expected, not found)\n");
        }

        foreach (var row in remaining)
        {
            text.Append("  + ").Append(FormatRow(row)).Append("   (unexpected)\n");
        }

        throw new DataTableComparisonException(text.ToString().TrimEnd());
    }

    private static bool RowMatches(List<string> expected, List<string> actual, List<PropertyInfo> properties)
    {
        for (var i = 0; i < expected.Count; i++)
        {
            if (string.Equals(expected[i], actual[i], StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                var typed = ValueConverter.Convert(expected[i], properties[i].PropertyType);
                if (!string.Equals(Format(typed), actual[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            catch (FormatException)
            {
                return false;
            }
        }

        return true;
    }

    private static PropertyInfo FindProperty(Type type, string header) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => TableObjectFactory.Normalise(p.Name) == TableObjectFactory.Normalise(header))
        ?? throw new InvalidOperationException($"{type.Name} has no property for the table column '{header}'.");

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string FormatRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";
}
