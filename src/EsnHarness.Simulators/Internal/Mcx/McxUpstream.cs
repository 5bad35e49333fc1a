using EsnHarness.Simulators.Internal.Mcx.Configuration;
using EsnHarness.Simulators.Internal.Mcx.Identity;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// How the MCX service reaches the HTTP services of a deployment: the IdMS (token introspection), the GMS (group
/// documents) and the CMS (user profiles), over one HTTP client with the host's upstream TLS settings.
/// </summary>
internal sealed record McxUpstream(TokenIntrospector Introspector, XcapClient Xcap)
{
    public static McxUpstream Over(HttpClient http) => new(new TokenIntrospector(http), new XcapClient(http));
}
