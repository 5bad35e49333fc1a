using System.Text.RegularExpressions;

namespace EsnHarness.Stubs.Esn;

/// <summary>Checks MCPTT IDs given to the ESN stub helpers: a SIP URI without quotes or spaces.</summary>
internal static partial class McpttId
{
    public static string Require(string mcpttId) => Shape().IsMatch(mcpttId)
        ? mcpttId
        : throw new ArgumentException($"'{mcpttId}' is not an MCPTT ID: expected a SIP URI such as sip:lfb.a241.oic@lfb.esn.gov.uk", nameof(mcpttId));

    [GeneratedRegex(@"^sip:[A-Za-z0-9._~+-]+@[A-Za-z0-9.-]+$")]
    private static partial Regex Shape();
}
