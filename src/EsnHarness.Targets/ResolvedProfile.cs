namespace EsnHarness.Targets;

/// <summary>A profile ready to run: one endpoint per role, every role present, and where its embedded simulators listen.</summary>
public sealed record ResolvedProfile(string Name, string? Description, IReadOnlyDictionary<EsnRole, ResolvedEndpoint> Endpoints)
{
    /// <summary>Where the embedded simulators listen; 127.0.0.1 on a free port unless the profile says otherwise.</summary>
    public EmbeddedListen Listen { get; init; } = EmbeddedListen.Default;

    /// <summary>Scenarios run at once with this profile when <c>--workers</c> does not say (before esn.json's <c>workers</c>); null
    /// when the profile does not say.</summary>
    public int? Workers { get; init; }

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
