using EsnHarness.Simulators;
using EsnHarness.Targets;

namespace EsnHarness.Hosting.Internal;

/// <summary>
/// Targets are what the report says: every embedded role that talks to another role uses the profile's address for it.
/// The embedded roles that call others are the device simulator (terminals, consoles) → MCX and network model, the
/// interworking function → MCX, the CAD gateway → MCX and CAD, the MDM → device, the terminals' key management clients → KMS, and the MCX → IdMS (token introspection), GMS (group
/// documents), CMS (user profiles) and network model (radio resources for each call); when the profile points one of
/// those called roles at an external system, the embedded callers reach it there, with the profile's TLS settings and
/// credentials.
/// </summary>
internal static class Upstreams
{
    public static SimulatorHostOptions Apply(ResolvedProfile profile, SimulatorHostOptions options) => options with
    {
        Mcx = External(profile, EsnRole.Mcx) ?? options.Mcx,
        Network = External(profile, EsnRole.Network) ?? options.Network,
        Device = External(profile, EsnRole.Device) ?? options.Device,
        Idms = External(profile, EsnRole.Idms) ?? options.Idms,
        Gms = External(profile, EsnRole.Gms) ?? options.Gms,
        Cms = External(profile, EsnRole.Cms) ?? options.Cms,
        Cad = External(profile, EsnRole.Cad) ?? options.Cad,
        Kms = External(profile, EsnRole.Kms) ?? options.Kms,
    };

    private static UpstreamEndpoint? External(ResolvedProfile profile, EsnRole role) =>
        profile.Endpoints[role] is { Embedded: false } endpoint
            ? new UpstreamEndpoint(endpoint.Address!)
            {
                TrustedCaPath = endpoint.Tls?.CaBundle,
                ClientCertificatePath = endpoint.Tls?.ClientCertificate,
                ClientKeyPath = endpoint.Tls?.ClientKey,
                ClientKeyPassword = endpoint.Tls?.ClientKeyPassphrase?.Reveal(),
                Authorization = EndpointConnections.AuthorizationHeader(endpoint.Credentials)?.ToString(),
            }
            : null;
}
