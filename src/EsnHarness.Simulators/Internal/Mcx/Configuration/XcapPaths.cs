namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>Document URLs under an XCAP root (RFC 4825 §6: root / AUID / users / XUI / document).</summary>
internal static class XcapPaths
{
    public static string Document(string root, string auid, string xui, string document) =>
        $"{root.TrimEnd('/')}/{auid}/users/{Segment(xui)}/{Segment(document)}";

    /// <summary>A path segment: ':' and '@' of a SIP URI stay as they are (RFC 3986 pchar), anything else reserved is escaped.</summary>
    private static string Segment(string value) =>
        Uri.EscapeDataString(value).Replace("%3A", ":", StringComparison.Ordinal).Replace("%40", "@", StringComparison.Ordinal);
}
