namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>What an XCAP server answered a GET of a document (RFC 4825 §7.3): the document, "not modified" (a conditional
/// GET matched the ETag held), or no such document.</summary>
/// <param name="Found">False: 404, the server holds no such document.</param>
/// <param name="Modified">False: 304, the document is the version whose ETag was sent.</param>
/// <param name="Body">The document (empty unless found and modified).</param>
/// <param name="ETag">The document's ETag as served (empty if none).</param>
internal sealed record XcapResult(bool Found, bool Modified, string Body, string ETag)
{
    public static XcapResult NotFound { get; } = new(false, false, "", "");
}
