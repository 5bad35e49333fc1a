using System.Text.Json.Nodes;

namespace EsnHarness.Reporting.Internal;

/// <summary>One input of a merge: its path, its id map (shard id to merged id) and what it reported.</summary>
internal sealed class ShardState(string path, string prefix)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string Path { get; } = path;
    public string Prefix { get; } = prefix;
    public string? Started { get; set; }
    public string? Finished { get; set; }
    public bool? Success { get; set; }

    public string? Lookup(string id) => _ids.TryGetValue(id, out var mapped) ? mapped : null;

    public void Map(string shardId, string mergedId) => _ids[shardId] = mergedId;

    public JsonObject Record()
    {
        var record = new JsonObject { ["file"] = System.IO.Path.GetFileName(Path) };
        if (Started is not null)
        {
            record["started"] = Started;
        }
        if (Finished is not null)
        {
            record["finished"] = Finished;
        }
        if (Success is not null)
        {
            record["success"] = Success;
        }
        return record;
    }
}
