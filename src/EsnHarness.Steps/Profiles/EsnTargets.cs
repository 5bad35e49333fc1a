namespace EsnHarness.Steps.Profiles;

/// <summary>Builds the run's <see cref="EsnTarget"/> from a resolved profile.</summary>
public static class EsnTargets
{
    /// <summary>
    /// A target whose external roles use the profile's addresses with their TLS, mutual TLS and credentials, and whose
    /// embedded roles use <paramref name="reference"/>'s addresses.
    /// </summary>
    public static EsnTarget FromProfile(ResolvedProfile profile, EsnTarget reference)
    {
        var addresses = new Dictionary<EsnRole, Uri>();
        foreach (var role in Enum.GetValues<EsnRole>())
        {
            var endpoint = profile.Endpoints[RoleName(role)];
            if (!endpoint.Embedded)
            {
                addresses[role] = endpoint.Address!;
            }
            else if (reference.Has(role))
            {
                addresses[role] = reference.Endpoint(role);
            }
        }

        return new EsnTarget(addresses, profile.Name, reference.EventTimeout)
        {
            ChannelFactory = (role, _) => profile.Endpoints[RoleName(role)] is { Embedded: false } external
                ? EndpointConnections.CreateChannel(external)
                : Grpc.Net.Client.GrpcChannel.ForAddress(reference.Endpoint(role)),
            HttpFactory = (role, _) => profile.Endpoints[RoleName(role)] is { Embedded: false } external
                ? EndpointConnections.CreateHttpClient(external)
                : new HttpClient { BaseAddress = reference.Endpoint(role) },
        };
    }

    /// <summary>The profile's role name of <paramref name="role"/>, e.g. <c>controlRoom</c>.</summary>
    public static string RoleName(EsnRole role) => Roles.Canonical(role.ToString()) ?? throw new ArgumentOutOfRangeException(nameof(role), role, "no profile role of that name");
}
