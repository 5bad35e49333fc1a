using System.Text.Json.Nodes;
using EsnHarness.Reporting;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// What a run was asked to select, as every report records it: feature paths, <c>FILE:LINE</c> selections, the tag
/// expression (and whether it came from esn.json), the name filter and the shard.
/// </summary>
internal sealed record SelectionFacts(IReadOnlyList<string> Features, IReadOnlyList<string> Lines, string? Tags, bool TagsFromSettings, string? Name, string? Shard)
{
    /// <summary>True when nothing narrows the catalogue.</summary>
    public bool Everything => Lines.Count == 0 && Tags is null && Name is null && Shard is null;

    /// <summary>The run info's <c>selection</c> object (see the reporting's RunMetadata).</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["features"] = new JsonArray([.. Features.Select(f => JsonValue.Create(f))]) };
        if (Lines.Count > 0)
        {
            json["lines"] = new JsonArray([.. Lines.Select(l => JsonValue.Create(l))]);
        }

        if (Tags is not null)
        {
            json["tags"] = Tags;
            json["tagsFrom"] = TagsFromSettings ? "esn.json" : "command line";
        }

        if (Name is not null)
        {
            json["name"] = Name;
        }

        if (Shard is not null)
        {
            json["shard"] = Shard;
        }

        return json;
    }

    /// <summary>One line, <c>from features/voice; tags "@LAS and @must"; shard 2/4</c>: the words the reports use for it.</summary>
    public string Describe() =>
        new SelectionReport(Features, Lines, Tags, TagsFromSettings ? "esn.json" : "command line", Name, Shard).Describe();
}
