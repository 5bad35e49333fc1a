namespace EsnHarness.Targets;

/// <summary>Builds the run's <see cref="EsnTarget"/> from a resolved profile.</summary>
public static class EsnTargets
{
    /// <summary>
    /// A target whose external roles use the profile's addresses with their TLS, mutual TLS and credentials, and whose
    /// embedded roles use the addresses of the embedded hosts that play them.
    /// </summary>
    /// <param name="profile">The resolved profile.</param>
    /// <param name="embedded">Address of each embedded role the process started a host for; embedded roles not listed are unavailable.</param>
    /// <param name="eventTimeout">Deadline for awaited events; default 5 s.</param>
    public static EsnTarget FromProfile(ResolvedProfile profile, IReadOnlyDictionary<EsnRole, Uri> embedded, TimeSpan? eventTimeout = null)
    {
        var addresses = new Dictionary<EsnRole, Uri>();
        foreach (var (role, endpoint) in profile.Endpoints)
        {
            if (!endpoint.Embedded)
            {
                addresses[role] = endpoint.Address!;
            }
            else if (embedded.TryGetValue(role, out var address))
            {
                addresses[role] = address;
            }
        }

        return new EsnTarget(addresses, profile.Name, eventTimeout)
        {
            ChannelFactory = (role, _) => profile.Endpoints[role] is { Embedded: false } external ? EndpointConnections.CreateChannel(external) : null,
            HttpFactory = (role, _) => profile.Endpoints[role] is { Embedded: false } external ? EndpointConnections.CreateHttpClient(external) : null,
        };
    }
}
