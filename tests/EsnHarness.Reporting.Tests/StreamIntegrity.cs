using System.Text.Json.Nodes;

namespace EsnHarness.Reporting.Tests;

/// <summary>Checks a message stream the way a consumer depends on it: ids unique, references resolvable.</summary>
public static class StreamIntegrity
{
    public static IReadOnlyList<string> Problems(IEnumerable<string> lines)
    {
        var defined = new List<string>();
        var referenced = new List<string>();
        foreach (var line in lines.Where(l => l.Length > 0))
        {
            Walk(JsonNode.Parse(line), defined, referenced);
        }
        var problems = defined.GroupBy(x => x).Where(g => g.Count() > 1).Select(g => $"id {g.Key} defined {g.Count()} times").ToList();
        var known = defined.ToHashSet();
        problems.AddRange(referenced.Where(r => !known.Contains(r)).Distinct().Select(r => $"reference {r} resolves to nothing"));
        return problems;
    }

    private static void Walk(JsonNode? node, List<string> defined, List<string> referenced)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (name == "id" && value is JsonValue id)
                    {
                        defined.Add(id.GetValue<string>());
                    }
                    else if (name.EndsWith("Id", StringComparison.Ordinal) && value is JsonValue reference)
                    {
                        referenced.Add(reference.GetValue<string>());
                    }
                    else if (name.EndsWith("Ids", StringComparison.Ordinal) && value is JsonArray references)
                    {
                        referenced.AddRange(references.Select(r => r!.GetValue<string>()));
                    }
                    else
                    {
                        Walk(value, defined, referenced);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, defined, referenced);
                }
                break;
            default:
                break;
        }
    }
}
