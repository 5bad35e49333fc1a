namespace EsnHarness.Reporting;

/// <summary>
/// What the run was asked to select, as the run info attachment records it (<c>"selection"</c>): feature paths,
/// <c>FILE:LINE</c> selections, tag expression (and where it came from), name filter and shard.
/// </summary>
public sealed record SelectionReport(IReadOnlyList<string> Features, IReadOnlyList<string> Lines, string? Tags, string? TagsFrom, string? Name, string? Shard)
{
    /// <summary>One line, e.g. <c>from features/voice; tags "not @wip" (from esn.json); shard 2/4</c>: as <c>esn run</c>'s summary says it.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Features.Count > 0)
        {
            parts.Add("from " + string.Join(", ", Features));
        }

        if (Lines.Count > 0)
        {
            parts.Add("lines " + string.Join(", ", Lines));
        }

        if (Tags is not null)
        {
            parts.Add($"tags \"{Tags}\"{(TagsFrom == "esn.json" ? " (from esn.json)" : string.Empty)}");
        }

        if (Name is not null)
        {
            parts.Add($"name /{Name}/");
        }

        if (Shard is not null)
        {
            parts.Add("shard " + Shard);
        }

        return parts.Count == 0 ? "everything" : string.Join("; ", parts);
    }
}
