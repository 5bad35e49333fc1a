using System.Collections.Concurrent;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped: each agency's vehicle status table (status text ↔ TETRA user-defined code 32768 to 65535).</summary>
public sealed class StatusTables
{
    private readonly ConcurrentDictionary<Agency, IReadOnlyDictionary<string, uint>> _tables = new();

    /// <summary>Replaces an agency's table.</summary>
    /// <exception cref="ArgumentException">A code outside 32768..65535 or a repeated status; the message names it.</exception>
    public void Define(Agency agency, IEnumerable<(string Status, uint Code)> rows)
    {
        var table = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var (status, code) in rows)
        {
            if (code is < 32768 or > 65535)
            {
                throw new ArgumentException($"{agency.Name()} status '{status}': code {code} is outside the user-defined range 32768 to 65535 (EN 300 392-2 Table 14.72).");
            }

            if (!table.TryAdd(status, code))
            {
                throw new ArgumentException($"{agency.Name()} status '{status}' is listed twice.");
            }
        }

        _tables[agency] = table;
    }

    /// <summary>The code of a status in the agency's table.</summary>
    /// <exception cref="ArgumentException">No table for the agency, or the status is not in it.</exception>
    public uint Code(Agency agency, string status)
    {
        var table = _tables.GetValueOrDefault(agency)
            ?? throw new ArgumentException($"No {agency.Name()} status table in this scenario; add 'Given the {agency.Name()} status table:' with code and status columns.");
        return table.TryGetValue(status, out var code)
            ? code
            : throw new ArgumentException($"'{status}' is not in the {agency.Name()} status table; it has: {string.Join(", ", table.Keys)}.");
    }

    /// <summary>The status text of a code, or the code itself if the table lacks it.</summary>
    public string Status(Agency agency, uint code) =>
        _tables.GetValueOrDefault(agency)?.FirstOrDefault(kv => kv.Value == code).Key ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
