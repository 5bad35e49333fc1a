namespace EsnHarness.Targets;

/// <summary>A profile ready to run: one endpoint per role, every role present.</summary>
public sealed record ResolvedProfile(string Name, string? Description, IReadOnlyDictionary<EsnRole, ResolvedEndpoint> Endpoints)
{
    /// <summary>True when every role is embedded (the reference profile).</summary>
    public bool AllEmbedded => Endpoints.Values.All(endpoint => endpoint.Embedded);

    /// <summary>Every secret the profile holds, so output can be redacted.</summary>
    public IEnumerable<Secret> Secrets => Endpoints.Values.SelectMany(SecretsOf);

    private static IEnumerable<Secret> SecretsOf(ResolvedEndpoint endpoint)
    {
        Secret?[] all = [endpoint.Tls?.ClientKeyPassphrase, endpoint.Credentials?.Password, endpoint.Credentials?.Token];
        return all.OfType<Secret>();
    }
}
