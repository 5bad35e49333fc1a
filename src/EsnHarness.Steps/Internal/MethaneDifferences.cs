using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Steps.Internal;

/// <summary>What differs between a METHANE report as sent and as received, element by element, in JESIP words.</summary>
internal static class MethaneDifferences
{
    public static IEnumerable<string> Of(MethaneReport sent, MethaneReport received)
    {
        var elements = new (string Name, Func<MethaneReport, string> Value)[]
        {
            ("M (major incident)", r => r.MajorIncident.ToString()),
            ("E (exact location)", r => r.ExactLocation),
            ("T (type of incident)", r => r.IncidentType),
            ("H (hazards)", r => string.Join("; ", r.Hazards)),
            ("A (access)", r => r.Access),
            ("N (casualties)", r => r.Casualties is null ? "" : $"{r.Casualties.Estimated}: {r.Casualties.Detail}"),
            ("E (services present)", r => string.Join("; ", r.ServicesPresent)),
            ("E (services required)", r => string.Join("; ", r.ServicesRequired)),
            ("reported by", r => r.ReportedBy),
        };
        var differences = elements.Where(e => e.Value(sent) != e.Value(received))
            .Select(e => $"{e.Name} sent \"{e.Value(sent)}\", received \"{(e.Value(received).Length == 0 ? "(missing)" : e.Value(received))}\"").ToList();
        return differences.Count > 0 ? differences : ["the report differs outside the JESIP elements (kind or position)"];
    }
}
