using System.Text.Json.Nodes;

namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit;

/// <summary>
/// Makes two Cucumber message streams comparable, as the kit's own .NET harness does: ids renumbered by first appearance,
/// timestamps and durations zeroed, meta emptied, step definition source references, stack traces and exception type
/// names dropped, snippets masked (their number and code depend on the language; ours are C#). Everything else must match: kinds, order, statuses,
/// pickles, step match arguments, attachments, suggestions.
/// </summary>
public static class NdjsonNormaliser
{
    public static IReadOnlyList<string> Normalise(IEnumerable<string> lines)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var node = JsonNode.Parse(line)!.AsObject();
            if (node.ContainsKey("meta"))
            {
                result.Add("{\"meta\":{}}");
                continue;
            }

            if (node["testRunFinished"] is JsonObject finished)
            {
                finished.Remove("message");
                finished.Remove("exception");
            }

            result.Add(Canonical(node, ids, null)!.ToJsonString());
        }

        return result;
    }

    private static JsonNode? Canonical(JsonNode? node, Dictionary<string, string> ids, string? name)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (key is "sourceReference" or "stackTrace" or "workerId" || (key == "type" && name == "exception"))
                    {
                        continue;
                    }

                    copy[key] = key switch
                    {
                        "timestamp" or "duration" => JsonValue.Create(0),
                        // How many snippets, and their text, depend on the implementation language.
                        "snippets" => JsonValue.Create("*"),
                        _ => Canonical(value, ids, key),
                    };
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Canonical(item, ids, name));
                }

                return items;
            case JsonValue value when IsIdField(name) && value.TryGetValue<string>(out var id):
                if (!ids.TryGetValue(id, out var mapped))
                {
                    ids[id] = mapped = "#" + ids.Count;
                }

                return JsonValue.Create(mapped);
            default:
                return node?.DeepClone();
        }
    }

    private static bool IsIdField(string? name) =>
        name is not null && (name == "id" || name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("Ids", StringComparison.Ordinal));
}
