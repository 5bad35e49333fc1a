using System.Text.Json.Nodes;

namespace EsnHarness.Reporting.Internal;

/// <summary>Id handling: every "id" defines one, every "...Id"/"...Ids" refers to one.</summary>
internal sealed partial class ShardMerger
{
    /// <summary>Rewrites a shard message's ids into the merged id space, in place.</summary>
    private void Remap(ShardState shard, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var id) && IsIdName(name))
                    {
                        obj[name] = name == "id" ? Define(shard, id) : Reference(shard, id);
                    }
                    else if (value is JsonArray ids && name.EndsWith("Ids", StringComparison.Ordinal))
                    {
                        obj[name] = new JsonArray([.. ids.Select(x => (JsonNode?)JsonValue.Create(Reference(shard, x!.GetValue<string>())))]);
                    }
                    else
                    {
                        Remap(shard, value);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Remap(shard, item);
                }
                break;
            default:
                break;
        }
    }

    private static bool IsIdName(string name) => name == "id" || name.EndsWith("Id", StringComparison.Ordinal);

    private string Define(ShardState shard, string id)
    {
        if (shard.Lookup(id) is { } already)
        {
            return already;
        }
        var candidate = id;
        for (var n = 2; !_usedIds.Add(candidate); n++)
        {
            candidate = n == 2 ? shard.Prefix + id : $"{shard.Prefix}{id}-{n}";
        }
        shard.Map(id, candidate);
        return candidate;
    }

    // References point backwards in a valid stream; one that does not is still kept consistent.
    private string Reference(ShardState shard, string id) => shard.Lookup(id) ?? Define(shard, id);

    /// <summary>
    /// Maps the ids of a shard's copy of a message onto the merged copy, node by node.
    /// False when the two are not the same shape (the shards compiled different things).
    /// </summary>
    private static bool MapParallel(ShardState shard, JsonNode? mine, JsonNode? known)
    {
        var pairs = new List<(string Mine, string Known)>();
        if (!Collect(mine, known, pairs))
        {
            return false;
        }
        foreach (var (m, k) in pairs)
        {
            shard.Map(m, k);
        }
        return true;
    }

    private static bool Collect(JsonNode? mine, JsonNode? known, List<(string, string)> pairs)
    {
        switch (mine, known)
        {
            case (JsonObject a, JsonObject b):
                if (a.Count != b.Count)
                {
                    return false;
                }
                foreach (var (name, value) in a)
                {
                    if (!b.TryGetPropertyValue(name, out var other))
                    {
                        return false;
                    }
                    if (name == "id" && value is JsonValue v && other is JsonValue o)
                    {
                        pairs.Add((v.GetValue<string>(), o.GetValue<string>()));
                    }
                    else if (!IsIdName(name) && !name.EndsWith("Ids", StringComparison.Ordinal) && !Collect(value, other, pairs))
                    {
                        return false;
                    }
                }
                return true;
            case (JsonArray a, JsonArray b):
                return a.Count == b.Count && a.Zip(b).All(x => Collect(x.First, x.Second, pairs));
            case (JsonValue a, JsonValue b):
                return a.ToJsonString() == b.ToJsonString();
            default:
                return mine is null && known is null;
        }
    }
}
