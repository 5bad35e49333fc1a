using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Mcx.Configuration;
using EsnHarness.Simulators.Internal.Mcx.Identity;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>
/// How the MCX service reaches the services of a deployment: the IdMS (token introspection), the GMS (group documents)
/// and the CMS (user profiles), over one HTTP client with the host's upstream TLS settings, and the radio network (its
/// Rx-like resource requests for calls), over gRPC; null where the host has no network to ask.
/// </summary>
internal sealed record McxUpstream(TokenIntrospector Introspector, XcapClient Xcap, NetworkService.NetworkServiceClient? Network = null)
{
    public static McxUpstream Over(HttpClient http, NetworkService.NetworkServiceClient? network = null) =>
        new(new TokenIntrospector(http), new XcapClient(http), network);
}
