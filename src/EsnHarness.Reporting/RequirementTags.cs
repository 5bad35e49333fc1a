namespace EsnHarness.Reporting;

/// <summary>
/// What a scenario's tags say about the requirement it checks (the "requirement tags" contract):
/// <c>@REQ-LDN-AREA-NNN</c>, agencies such as <c>@MPS @LFB @LAS</c>, priority such as <c>@must @should @could</c>,
/// sources such as <c>@3gpp-22.179-R-6.15.3.2-012</c> or <c>@london-assumption</c>, and <c>@kpi</c>. Which tags are
/// agencies, priorities and sources is the <see cref="RequirementVocabulary"/>'s.
/// </summary>
/// <param name="RequirementId">The ID without '@' ("REQ-LDN-VOICE-001"), or null if untagged.</param>
/// <param name="Agencies">Agencies without '@', in the vocabulary's order.</param>
/// <param name="Priority">One of the vocabulary's priorities (e.g. "must"), or null.</param>
/// <param name="Sources">Source tags without '@'.</param>
/// <param name="IsMeasured">True when tagged <c>@kpi</c>.</param>
public sealed record RequirementTags(
    string? RequirementId,
    IReadOnlyList<string> Agencies,
    string? Priority,
    IReadOnlyList<string> Sources,
    bool IsMeasured)
{
    /// <summary>Reads the requirement tags from a tag list (each with '@') with <paramref name="vocabulary"/>
    /// (<see cref="RequirementVocabulary.Default"/> when null).</summary>
    public static RequirementTags FromTags(IEnumerable<string> tags, RequirementVocabulary? vocabulary = null)
    {
        var words = vocabulary ?? RequirementVocabulary.Default;
        string? id = null;
        string? priority = null;
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        var sources = new List<string>();
        var measured = false;
        foreach (var raw in tags)
        {
            var tag = raw.StartsWith('@') ? raw[1..] : raw;
            if (tag.StartsWith("REQ-", StringComparison.Ordinal))
            {
                id ??= tag;
            }
            else if (words.Agencies.Contains(tag))
            {
                agencies.Add(tag);
            }
            else if (words.Priorities.Contains(tag))
            {
                priority ??= tag;
            }
            else if (tag == "kpi")
            {
                measured = true;
            }
            else if (words.SourcePrefixes.Any(p => tag.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !sources.Contains(tag))
            {
                sources.Add(tag);
            }
        }
        return new RequirementTags(id, [.. words.Agencies.Where(agencies.Contains)], priority, sources, measured);
    }
}
