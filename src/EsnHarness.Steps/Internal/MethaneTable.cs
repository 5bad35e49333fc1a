using System.Globalization;
using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// A METHANE (or ETHANE) report from a feature's two-column table (columns: element, value), in the JESIP element names a
/// commander uses; several hazards or services are separated by ";", casualties are "number: detail".
/// </summary>
internal static class MethaneTable
{
    private const string Elements = "major incident, exact location, type of incident, hazards, access, casualties, emergency services present, emergency services required";

    public static MethaneReport Parse(IEnumerable<IReadOnlyDictionary<string, string>> rows, MethaneKind kind, string reportedBy)
    {
        var report = new MethaneReport { Kind = kind, ReportedBy = reportedBy };
        foreach (var row in rows)
        {
            var element = Cell(row, "element");
            var value = Cell(row, "value").Trim();
            switch (element.Trim().ToLowerInvariant())
            {
                case "major incident":
                    report.MajorIncident = value.ToLowerInvariant() switch
                    {
                        "declared" => MajorIncidentStatus.Declared,
                        "standby" => MajorIncidentStatus.Standby,
                        _ => throw new ArgumentException($"METHANE element 'major incident': '{value}' is not 'declared' or 'standby'."),
                    };
                    break;
                case "exact location":
                    report.ExactLocation = value;
                    break;
                case "type of incident":
                    report.IncidentType = value;
                    break;
                case "hazards":
                    report.Hazards.AddRange(List(value));
                    break;
                case "access":
                    report.Access = value;
                    break;
                case "casualties":
                    report.Casualties = Casualties(value);
                    break;
                case "emergency services present":
                    report.ServicesPresent.AddRange(List(value));
                    break;
                case "emergency services required":
                    report.ServicesRequired.AddRange(List(value));
                    break;
                default:
                    throw new ArgumentException($"Unknown METHANE element '{element}'; use: {Elements}.");
            }
        }

        return report;
    }

    private static Casualties Casualties(string value)
    {
        var parts = value.Split(':', 2);
        return uint.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new Casualties { Estimated = n, Detail = parts.Length > 1 ? parts[1].Trim() : "" }
            : throw new ArgumentException($"METHANE element 'casualties': '{value}' does not start with a number (e.g. '40: 6 P1, 14 P2, 20 P3').");
    }

    private static IEnumerable<string> List(string value) => value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value)
            ? value
            : throw new ArgumentException($"The METHANE table has no '{column}' column; columns are: {string.Join(", ", row.Keys)} (use | element | value |).");
}
