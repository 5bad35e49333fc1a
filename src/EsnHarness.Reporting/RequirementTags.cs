namespace EsnHarness.Reporting;

/// <summary>
/// What a scenario's tags say about the requirement it checks (the "requirement tags" contract):
/// <c>@REQ-LDN-AREA-NNN</c>, agencies <c>@MPS @LFB @LAS</c>, priority <c>@must @should @could</c>,
/// sources such as <c>@3gpp-22.179-R-6.15.3.2-012</c> or <c>@london-assumption</c>, and <c>@kpi</c>.
/// </summary>
/// <param name="RequirementId">The ID without '@' ("REQ-LDN-VOICE-001"), or null if untagged.</param>
/// <param name="Agencies">Agencies without '@', in the order MPS, LFB, LAS.</param>
/// <param name="Priority">"must", "should", "could", or null.</param>
/// <param name="Sources">Source tags without '@'.</param>
/// <param name="IsMeasured">True when tagged <c>@kpi</c>.</param>
public sealed record RequirementTags(
    string? RequirementId,
    IReadOnlyList<string> Agencies,
    string? Priority,
    IReadOnlyList<string> Sources,
    bool IsMeasured)
{
    /// <summary>The agencies the readiness matrix reports on, in display order.</summary>
    public static IReadOnlyList<string> KnownAgencies { get; } = ["MPS", "LFB", "LAS"];

    private static readonly string[] Priorities = ["must", "should", "could"];

    private static readonly string[] SourcePrefixes =
        ["3gpp-", "etsi-", "ietf-", "rfc", "itu-", "london-", "esmcp-", "home-office", "tfl-", "ofcom-", "nfpa-", "jesip-"];

    /// <summary>Reads the requirement tags from a tag list (each with '@').</summary>
    public static RequirementTags FromTags(IEnumerable<string> tags)
    {
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
            else if (KnownAgencies.Contains(tag))
            {
                agencies.Add(tag);
            }
            else if (Priorities.Contains(tag))
            {
                priority ??= tag;
            }
            else if (tag == "kpi")
            {
                measured = true;
            }
            else if (SourcePrefixes.Any(p => tag.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && !sources.Contains(tag))
            {
                sources.Add(tag);
            }
        }
        return new RequirementTags(id, [.. KnownAgencies.Where(agencies.Contains)], priority, sources, measured);
    }
}
