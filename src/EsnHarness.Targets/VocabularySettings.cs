namespace EsnHarness.Targets;

/// <summary>
/// esn.json's <c>vocabulary</c> section: the words reports read requirement tags with. Each list is null when esn.json
/// does not set it, and the reports' own default (the London catalogue's) applies:
/// <code>
/// "vocabulary": {
///   "agencies": ["MPS", "LFB", "LAS", "BTP", "COLP"],     // readiness-matrix rows, in order
///   "priorities": ["must", "should", "could"],           // the first blocks switch-off
///   "capabilities": ["voice", "emergency", "data"],      // folders under features/, in display order
///   "sources": ["3gpp-", "london-"]                      // prefixes of source tags
/// }
/// </code>
/// Tags are written without '@'.
/// </summary>
public sealed record VocabularySettings(
    IReadOnlyList<string>? Agencies,
    IReadOnlyList<string>? Priorities,
    IReadOnlyList<string>? Capabilities,
    IReadOnlyList<string>? SourcePrefixes)
{
    /// <summary>Nothing set: every list is the reports' default.</summary>
    public static VocabularySettings None { get; } = new(null, null, null, null);
}
