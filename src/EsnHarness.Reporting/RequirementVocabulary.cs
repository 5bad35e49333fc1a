namespace EsnHarness.Reporting;

/// <summary>
/// The words reports read a scenario's tags with: which tags name agencies (the readiness matrix's rows, in this order),
/// which name priorities (the first is the one that blocks switching Airwave off, the one the matrix counts), which
/// tag prefixes name a source, and the capability folders under <c>features/</c> in the order the matrix shows them
/// (folders not listed follow in run order). esn.json's <c>vocabulary</c> section sets them; <see cref="Default"/>
/// is the London catalogue's.
/// </summary>
/// <param name="Agencies">Agency tags without '@', e.g. <c>MPS</c>.</param>
/// <param name="Priorities">Priority tags without '@', the blocking one first, e.g. <c>must</c>.</param>
/// <param name="Capabilities">Capability folders in display order, e.g. <c>voice</c>.</param>
/// <param name="SourcePrefixes">Prefixes of source tags, e.g. <c>3gpp-</c>.</param>
public sealed record RequirementVocabulary(
    IReadOnlyList<string> Agencies,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<string> Capabilities,
    IReadOnlyList<string> SourcePrefixes)
{
    /// <summary>The London catalogue's vocabulary: the five agencies of the contracts (esn.common.v1.Agency), MoSCoW
    /// priorities, the nine capability folders, and the standards bodies and London sources the catalogue cites.</summary>
    public static RequirementVocabulary Default { get; } = new(
        ["MPS", "LFB", "LAS", "BTP", "COLP"],
        ["must", "should", "could"],
        ["voice", "emergency", "data", "location", "coverage", "interop", "control-room", "resilience", "security"],
        ["3gpp-", "etsi-", "ietf-", "rfc", "itu-", "london-", "esmcp-", "home-office", "tfl-", "ofcom-", "nfpa-", "jesip-"]);

    /// <summary>The priority whose requirements block switch-off: the first of <see cref="Priorities"/>.</summary>
    public string BlockingPriority => Priorities[0];
}
